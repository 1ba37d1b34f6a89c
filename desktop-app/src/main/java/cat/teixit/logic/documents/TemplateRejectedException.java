package cat.teixit.logic.documents;

import java.io.Serial;
import java.util.List;

/** A template was refused; nothing was saved and the previous version stays in use. */
public final class TemplateRejectedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    public TemplateRejectedException(List<TemplateProblem> problems) {
        super("template refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Each problem with its line and the name at fault, in template order. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
