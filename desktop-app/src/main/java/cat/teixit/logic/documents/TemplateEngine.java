package cat.teixit.logic.documents;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.RootNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.PositiveTestExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Templates (Pebble syntax, XHTML markup) compiled and checked: a template that does not compile, names a
 * placeholder that does not exist, uses a tag or filter templates may not use, or does not give well-formed
 * XHTML with example data is refused with the line and the name. A checked template knows which placeholders
 * it prints unconditionally, so missing data is named before anything is rendered. Thread-safe.
 */
public final class TemplateEngine {

    /** Longest template accepted (characters). */
    public static final int MAX_LENGTH = 200_000;

    /** Filters a template may not use: {@code raw} would let typed text become markup. */
    private static final Set<String> FORBIDDEN_FILTERS = Set.of("raw");

    private final PebbleEngine pebble = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
            .autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(false).cacheActive(true)
            .maxRenderedSize(20_000_000).build();

    /** A compiled and checked template. Thread-safe. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    public static final class Compiled {
        private final PebbleTemplate template;
        private final List<String> required;
        private final Set<String> roots;

        /** The top-level placeholders the template names ({@code person}, {@code history}...): only those are read. */
        public Set<String> roots() {
            return roots;
        }

        /** The placeholders printed outside any condition (lists as {@code household.members[].fullName}). */
        public List<String> required() {
            return required;
        }

        /** The placeholders {@link #required()} that have no value in {@code data}, each once, without the brackets. */
        public List<String> missing(Map<String, Object> data) {
            Set<String> missing = new LinkedHashSet<>();
            for (String path : required) {
                if (!present(data, path.split("\\."), 0)) {
                    missing.add(path.replace("[]", ""));
                }
            }
            return List.copyOf(missing);
        }

        /** The template filled with {@code data} (every value text, list or map, as {@link CaseData} makes). */
        public String fill(Map<String, Object> data, Locale locale) {
            StringWriter out = new StringWriter();
            try {
                template.evaluate(out, data, locale);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        private static boolean present(Object value, String[] path, int i) {
            if (i == path.length) {
                return value != null && !(value instanceof String s && s.isBlank());
            }
            if (!(value instanceof Map<?, ?> map)) {
                return false;
            }
            boolean list = path[i].endsWith("[]");
            Object next = map.get(list ? path[i].substring(0, path[i].length() - 2) : path[i]);
            if (list) {
                if (!(next instanceof List<?> items)) {
                    return false;
                }
                return items.stream().allMatch(item -> present(item, path, i + 1));
            }
            return present(next, path, i + 1);
        }
    }

    /**
     * Compiles and checks {@code source}.
     *
     * @param example data with every placeholder filled, to try the template once
     * @throws TemplateRejectedException with every problem found
     */
    public Compiled compile(String source, Map<String, Object> example) {
        if (source == null || source.isBlank() || source.length() > MAX_LENGTH) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(0, String.valueOf(MAX_LENGTH),
                    TemplateProblem.SIZE)));
        }
        PebbleTemplate template;
        try {
            template = pebble.getTemplate(source);
        } catch (PebbleException e) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(line(e), message(e), TemplateProblem.SYNTAX)));
        }
        Checker checker = new Checker();
        checker.node(((PebbleTemplateImpl) template).getRootNode(), new HashMap<>(), false);
        if (!checker.problems.isEmpty()) {
            throw new TemplateRejectedException(checker.problems);
        }
        Compiled compiled = new Compiled(template, List.copyOf(checker.required), Set.copyOf(checker.roots));
        String filled;
        try {
            filled = compiled.fill(example, Locale.ROOT);
        } catch (PebbleException e) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(line(e), message(e), TemplateProblem.RENDER)));
        }
        wellFormed(filled);
        return compiled;
    }

    private static int line(PebbleException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static String message(PebbleException e) {
        String m = e.getPebbleMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Refuses markup an XML parser cannot read (the PDF layout needs XHTML), naming the line of the filled body. */
    private static void wellFormed(String body) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            // One root around the body; the first line of the body stays line 1.
            builder.parse(new InputSource(new StringReader("<body>" + body + "</body>")));
        } catch (SAXParseException e) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(e.getLineNumber(),
                    e.getMessage() == null ? "" : e.getMessage(), TemplateProblem.MARKUP)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new TemplateRejectedException(List.of(new TemplateProblem(0, String.valueOf(e.getMessage()),
                    TemplateProblem.MARKUP)));
        }
    }

    /** Walks the template's syntax tree: names against {@link Placeholders}, loops, what is printed unconditionally. */
    private static final class Checker {
        /** A local variable of unknown shape ({@code set}): anything may be read from it. */
        private static final Placeholders.Node ANY = new Placeholders.Node("*", Placeholders.Kind.OBJECT, Map.of());

        final List<TemplateProblem> problems = new ArrayList<>();
        final Set<String> required = new LinkedHashSet<>();
        final Set<String> roots = new java.util.HashSet<>();

        /** A resolved name: its node in the tree and its path as printed in messages. */
        private record Resolved(Placeholders.Node node, String path) {
        }

        void node(RenderableNode n, Map<String, Resolved> locals, boolean guarded) {
            switch (n) {
                case RootNode r -> node(r.getBody(), locals, guarded);
                case BodyNode b -> b.getChildren().forEach(c -> node(c, locals, guarded));
                case TextNode t -> {
                }
                case PrintNode p -> expression(p.getExpression(), locals, !guarded);
                case IfNode i -> {
                    for (var branch : i.getConditionsWithBodies()) {
                        expression(branch.getLeft(), locals, false);
                        node(branch.getRight(), locals, true);
                    }
                    if (i.getElseBody() != null) {
                        node(i.getElseBody(), locals, true);
                    }
                }
                case ForNode f -> loop(f, locals, guarded);
                case SetNode s -> {
                    expression(s.getValue(), locals, false);
                    locals.put(s.getName(), new Resolved(ANY, s.getName()));
                }
                default -> problems.add(new TemplateProblem(lineOf(n), tagName(n), TemplateProblem.UNSUPPORTED));
            }
        }

        private void loop(ForNode f, Map<String, Resolved> locals, boolean guarded) {
            Resolved over = resolve(f.getIterable(), locals);
            Map<String, Resolved> inner = new HashMap<>(locals);
            if (over != null && over.node() != ANY && over.node().kind() != Placeholders.Kind.LIST) {
                problems.add(new TemplateProblem(lineOf(f), over.path(), TemplateProblem.NOT_A_LIST));
            } else if (over == null && !(f.getIterable() instanceof ContextVariableExpression)
                    && !(f.getIterable() instanceof GetAttributeExpression)) {
                expression(f.getIterable(), locals, false);
            }
            Placeholders.Node element = over == null ? ANY : over.node();
            inner.put(f.getIterationVariable(), new Resolved(element, over == null ? f.getIterationVariable()
                    : over.path() + "[]"));
            inner.put("loop", new Resolved(Placeholders.LOOP, "loop"));
            node(f.getBody(), inner, guarded);
            if (f.getElseBody() != null) {
                node(f.getElseBody(), locals, true);
            }
        }

        /** Checks an expression; a name printed as it is ({@code requiredIfText}) must have a value. */
        private void expression(Expression<?> e, Map<String, Resolved> locals, boolean requiredIfText) {
            switch (e) {
                case null -> {
                }
                case ContextVariableExpression c -> use(resolve(c, locals), requiredIfText);
                case GetAttributeExpression g -> {
                    Resolved r = resolve(g, locals);
                    if (r == null) {
                        expression(g.getNode(), locals, false);
                    }
                    use(r, requiredIfText);
                }
                case FilterExpression f -> {
                    FilterInvocationExpression filter = (FilterInvocationExpression) f.getRightExpression();
                    if (FORBIDDEN_FILTERS.contains(filter.getFilterName())) {
                        problems.add(new TemplateProblem(filter.getLineNumber(), filter.getFilterName(),
                                TemplateProblem.UNSUPPORTED));
                    }
                    boolean fallback = filter.getFilterName().equals("default");
                    expression(f.getLeftExpression(), locals, requiredIfText && !fallback);
                    arguments(filter.getArgs(), locals);
                }
                case PositiveTestExpression t -> expression(t.getLeftExpression(), locals, false);
                case BinaryExpression<?> b -> {
                    expression(b.getLeftExpression(), locals, false);
                    expression(b.getRightExpression(), locals, false);
                }
                case UnaryExpression u -> expression(u.getChildExpression(), locals, false);
                case TernaryExpression t -> {
                    expression(t.getExpression1(), locals, false);
                    expression(t.getExpression2(), locals, false);
                    expression(t.getExpression3(), locals, false);
                }
                case FunctionOrMacroInvocationExpression fn -> arguments(fn.getArguments(), locals);
                default -> {
                    // literals, lists and maps written in the template
                }
            }
        }

        private void arguments(ArgumentsNode args, Map<String, Resolved> locals) {
            if (args == null) {
                return;
            }
            if (args.getPositionalArgs() != null) {
                for (PositionalArgumentNode a : args.getPositionalArgs()) {
                    expression(a.getValueExpression(), locals, false);
                }
            }
            if (args.getNamedArgs() != null) {
                for (NamedArgumentNode a : args.getNamedArgs()) {
                    expression(a.getValueExpression(), locals, false);
                }
            }
        }

        private void use(Resolved r, boolean requiredIfText) {
            if (r != null && requiredIfText && r.node().kind() == Placeholders.Kind.TEXT && !r.path().startsWith("loop")
                    && !r.path().contains("*")) {
                required.add(r.path());
            }
        }

        /** The node a name or a chain of attributes stands for; null (with a problem noted) when unknown. */
        private Resolved resolve(Expression<?> e, Map<String, Resolved> locals) {
            if (e instanceof ContextVariableExpression c) {
                Resolved local = locals.get(c.getName());
                if (local != null) {
                    return local;
                }
                var top = Placeholders.ROOT.field(c.getName());
                if (top.isEmpty()) {
                    problems.add(new TemplateProblem(c.getLineNumber(), c.getName(), TemplateProblem.UNKNOWN_PLACEHOLDER));
                    return null;
                }
                roots.add(c.getName());
                return new Resolved(top.get(), c.getName());
            }
            if (e instanceof GetAttributeExpression g && g.getAttributeNameExpression() instanceof LiteralStringExpression name
                    && g.getArgumentsNode() == null) {
                if (!(g.getNode() instanceof ContextVariableExpression) && !(g.getNode() instanceof GetAttributeExpression)) {
                    return null;
                }
                Resolved base = resolve(g.getNode(), locals);
                if (base == null) {
                    return null;
                }
                if (base.node() == ANY) {
                    return new Resolved(ANY, base.path() + ".*");
                }
                String path = base.path() + "." + name.getValue();
                var field = base.node().kind() == Placeholders.Kind.TEXT ? java.util.Optional.<Placeholders.Node>empty()
                        : base.node().field(name.getValue());
                if (field.isEmpty()) {
                    problems.add(new TemplateProblem(g.getLineNumber(), path.replace("[]", ""),
                            TemplateProblem.UNKNOWN_PLACEHOLDER));
                    return null;
                }
                return new Resolved(field.get(), path);
            }
            if (e instanceof GetAttributeExpression g) {
                problems.add(new TemplateProblem(g.getLineNumber(), "()", TemplateProblem.UNSUPPORTED));
            }
            return null;
        }

        private static int lineOf(RenderableNode n) {
            return n instanceof io.pebbletemplates.pebble.node.AbstractRenderableNode a ? a.getLineNumber() : 0;
        }

        private static String tagName(RenderableNode n) {
            String simple = n.getClass().getSimpleName();
            return simple.endsWith("Node") ? simple.substring(0, simple.length() - 4).toLowerCase(Locale.ROOT) : simple;
        }
    }
}
