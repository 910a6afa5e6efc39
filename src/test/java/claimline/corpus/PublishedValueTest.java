package claimline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PublishedValueTest {
    @Test
    void theWaysPagesAndArchivesWriteAPublicationTime() {
        OffsetDateTime t = OffsetDateTime.parse("2022-09-13T02:10+04:00");
        assertThat(PublishedValue.parse("2022-09-13T02:10:00+04:00").time()).isEqualTo(t);
        assertThat(PublishedValue.parse("2022-09-13T02:10:00.000+0400").time()).isEqualTo(t);
        assertThat(PublishedValue.parse("2022-09-13 02:10+04").time()).isEqualTo(t);
        assertThat(PublishedValue.parse("2022-09-13T02:10:00+04:00[Asia/Yerevan]").time()).isEqualTo(t);
        assertThat(PublishedValue.parse("Tue, 13 Sep 2022 02:10:00 +0400").time()).isEqualTo(t);
        assertThat(PublishedValue.parse("20220912T221000Z").time()).isEqualTo(OffsetDateTime.parse("2022-09-12T22:10Z"));
        assertThat(PublishedValue.parse("2022-09-12T22:10:00Z").date()).isEqualTo(LocalDate.of(2022, 9, 12));
    }

    @Test
    void aClockWithoutAnOffsetGivesTheDateOnly() {
        PublishedValue v = PublishedValue.parse("2022-09-13 02:10:00");
        assertThat(v.date()).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(v.time()).isNull();
        assertThat(PublishedValue.parse("2022-09-13").time()).isNull();
    }

    @Test
    void whatIsNoDateIsNull() {
        assertThat(PublishedValue.parse("kemarin")).isNull();
        assertThat(PublishedValue.parse("2022-02-30")).isNull();
        assertThat(PublishedValue.parse(" ")).isNull();
        assertThat(PublishedValue.parse(null)).isNull();
    }

    @Test
    void aDateInAUrlPath() {
        assertThat(PublishedValue.inUrl("https://x.example/read/2022/09/13/09300061/a")).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(PublishedValue.inUrl("https://x.example/news/20220913/a.html")).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(PublishedValue.inUrl("https://x.example/2022-09-13/a")).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(PublishedValue.inUrl("https://x.example/d-6290000/a")).isNull();
        assertThat(PublishedValue.inUrl("https://2022.example/a?d=2022/09/13")).isNull();
    }
}
