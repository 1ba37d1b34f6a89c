package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The page around a filled template: A4, the council's logo, name and address in the header, the document id
 * and "page X of Y" in the footer, the bundled fonts on every element, tables whose rows never split. Immutable.
 */
final class Layout {

    private static final String CSS = resource("/documents/layout.css");

    /** The council as the header shows it; {@code logo} may be null (no logo set). */
    record Council(String name, String address, Logo logo) {
    }

    /** An image: PNG or JPEG bytes. */
    public record Logo(byte[] bytes, String mediaType) {
    }

    private Layout() {
    }

    /** The whole XHTML page of a document. */
    static String page(String body, String title, Language language, String documentId, Council council) {
        StringBuilder h = new StringBuilder(body.length() + 4096);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.tag()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><meta name=\"subject\" content=\"").append(escape(title)).append("\"/>")
                .append("<meta name=\"keywords\" content=\"").append(escape(documentId)).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(escape(council.name())).append("\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        h.append("<div id=\"header\"><table class=\"header\"><tr>");
        if (council.logo() != null) {
            h.append("<td class=\"logo\"><img src=\"data:").append(council.logo().mediaType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(council.logo().bytes())).append("\" alt=\"\"/></td>");
        }
        h.append("<td class=\"council\"><div class=\"council-name\">").append(escape(council.name()))
                .append("</div><div class=\"council-address\">").append(escape(council.address())).append("</div></td>")
                .append("</tr></table></div>");
        h.append("<div id=\"footer\"><span class=\"doc-id\">").append(escape(documentId)).append("</span>")
                .append("<span class=\"pages\">").append(pageWord(language)).append(" <span class=\"page-number\"></span> ")
                .append(ofWord(language)).append(" <span class=\"page-count\"></span></span></div>");
        h.append("<div class=\"content\">").append(body).append("</div></body></html>");
        return h.toString();
    }

    private static String pageWord(Language language) {
        return switch (language) {
            case CATALAN -> "Pàgina";
            case SPANISH -> "Página";
            case ENGLISH -> "Page";
        };
    }

    private static String ofWord(Language language) {
        return switch (language) {
            case CATALAN, SPANISH -> "de";
            case ENGLISH -> "of";
        };
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Layout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
