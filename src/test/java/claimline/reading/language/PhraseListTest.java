package claimline.reading.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseListTest {
    private static List<Token> tokens(String s) {
        return Tokenizer.tokenize(s, 0, s.length());
    }

    @Test
    void aPhraseWithAHyphenMatchesTheTokensTheTextIsSplitInto() {
        PhraseList recent = new PhraseList(List.of("baru-baru ini", "selama berminggu-minggu", "in recent weeks"));
        assertThat(recent.startsAt(tokens("Baru-baru ini, Togo menutup perbatasan."), 0)).isTrue();
        List<Token> weeks = tokens("Kota itu dikepung selama berminggu-minggu oleh pemberontak.");
        assertThat(recent.longestAt(weeks, 3)).isEqualTo(4); // selama, berminggu, -, minggu
        assertThat(recent.startsAt(tokens("Baru saja, Togo menutup perbatasan."), 0)).isFalse();
        assertThat(recent.endsBefore(tokens("fighting in recent weeks"), 0, 4)).isTrue();
    }
}
