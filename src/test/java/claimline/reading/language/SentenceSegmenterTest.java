package claimline.reading.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every line of a page is a paragraph, except a line wrapped by hand: one that ends with no mark closing a sentence and
 * either ends with a word no sentence or headline ends with ("the", "dari") or goes on in lower case.
 */
class SentenceSegmenterTest {
    private static List<String> sentences(String text) {
        return new SentenceSegmenter().segment(text, List.of()).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void aLineWrappedByHandRunsOnIntoTheNext() {
        List<String> en = sentences("Peru says its troops repelled Ecuadorian soldiers\n"
                + "Peru said on Monday its troops repelled soldiers who had crossed from the\n"
                + "Ecuadorian side near Zarumilla, a spokesman for the\n"
                + "defence ministry said. No one was hurt.\n");
        assertThat(en).hasSize(3);
        assertThat(en.get(0)).isEqualTo("Peru says its troops repelled Ecuadorian soldiers");
        assertThat(en.get(1)).startsWith("Peru said on Monday").endsWith("defence ministry said.");
        List<String> id = sentences("Peru mengusir tentara Ekuador\n"
                + "Tentara Peru mengusir tentara Ekuador yang menyeberang dari\n"
                + "wilayah Ekuador di dekat Zarumilla pada Senin.\n");
        assertThat(id).hasSize(2);
        assertThat(id.get(1)).endsWith("pada Senin.");
    }

    @Test
    void aHeadlineAndItsLeadStayTwoSentences() {
        List<String> en = sentences("Peru and Ecuador trade fire across the border near Zarumilla on the river\n"
                + "Peruvian and Ecuadorian troops exchanged fire near Zarumilla on Monday, Peru said.\n");
        assertThat(en).hasSize(2);
    }
}
