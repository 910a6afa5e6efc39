package claimline.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML article: text only (scripts and styles never run or read), block elements as lines. */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "article", "section", "header", "footer", "blockquote", "pre", "figcaption", "dd", "dt", "hr",
            "table", "ul", "ol", "main", "aside", "nav", "address", "figure");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "head");

    public record Extracted(String text, String title) {}

    private HtmlText() {}

    public static Extracted extract(String html) {
        return extract(Jsoup.parse(html));
    }

    public static Extracted extract(org.jsoup.nodes.Document doc) {
        String title = null;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            title = doc.title().strip();
        }
        return new Extracted(text(doc.body() == null ? doc : doc.body()), title);
    }

    /** The text under {@code root}, a line per block element. */
    public static String text(Node root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    skipping++;
                } else if (skipping == 0 && node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n'
                                || out.charAt(out.length() - 1) == ' ';
                        out.append(lineStart ? s.stripLeading() : s);
                    }
                } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    skipping--;
                } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void newline(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
