package cat.teixit.logic.documents;

/**
 * Why a template is refused: the line of the template (1-based; 0 when the whole template), the name at
 * fault (a placeholder, a tag, a filter, or the engine's own message for a syntax error) and the message
 * key of the explanation (in the interface's bundles, with {@code {0}} the line and {@code {1}} the name).
 */
public record TemplateProblem(int line, String name, String key) {

    /** Syntax the template engine cannot read. */
    public static final String SYNTAX = "template.error.syntax";
    /** A placeholder that does not exist. */
    public static final String UNKNOWN_PLACEHOLDER = "template.error.unknownPlaceholder";
    /** A loop over something that is not a list. */
    public static final String NOT_A_LIST = "template.error.notAList";
    /** A tag or filter templates may not use (include, macro, raw...). */
    public static final String UNSUPPORTED = "template.error.unsupported";
    /** The result is not well-formed XHTML (an unclosed or mismatched tag). */
    public static final String MARKUP = "template.error.markup";
    /** The template fails when filled with example data. */
    public static final String RENDER = "template.error.render";
    /** Empty, or too long. */
    public static final String SIZE = "template.error.size";

    /** For logs and the command line: {@code line 12: unknown placeholder person.nme}. */
    @Override
    public String toString() {
        String what = switch (key) {
            case SYNTAX -> "syntax error";
            case UNKNOWN_PLACEHOLDER -> "unknown placeholder";
            case NOT_A_LIST -> "not a list";
            case UNSUPPORTED -> "not allowed in templates";
            case MARKUP -> "markup not well-formed";
            case RENDER -> "fails with example data";
            default -> "empty or too long";
        };
        return "line " + line + ": " + what + " " + name;
    }
}
