package cat.teixit.logic.sync;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonValidator;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.StoredJson;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.persistence.sync.LocalRow;
import cat.teixit.persistence.sync.RefusedValueException;
import cat.teixit.persistence.sync.StoredConflict;
import cat.teixit.persistence.sync.SyncTables;
import cat.teixit.persistence.sync.TombstoneChange;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflicts the server reported, side by side, and their resolution: per field mine, theirs or a
 * merged value (or, for a delete against an edit, which side stands). A resolution is a normal local
 * change (an outbox entry based on the version the workstation now has); the conflict stays as history,
 * with who resolved it, when and how. Thread-safe.
 */
@RequiredArgsConstructor
public final class ConflictService {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictService.class);
    private static final int MAX_TEXT = 10_000;

    /** What clashed. */
    public enum Kind {
        /** The same fields were changed here and on the server. */
        FIELDS,
        /** This workstation edited a record someone deleted. */
        DELETED_ON_SERVER,
        /** This workstation deleted a record someone edited. */
        EDITED_ON_SERVER
    }

    /** Where a conflict stands. */
    public enum State {
        OPEN, RESOLVED, OBSOLETE
    }

    /** How one field is resolved. */
    public enum Choice {
        MINE, THEIRS, MERGED
    }

    /** The user's decision for one field; {@code merged} is the typed value for {@link Choice#MERGED}. */
    public record Decision(Choice choice, String merged) {
        public static Decision mine() {
            return new Decision(Choice.MINE, null);
        }

        public static Decision theirs() {
            return new Decision(Choice.THEIRS, null);
        }

        public static Decision merged(String value) {
            return new Decision(Choice.MERGED, value);
        }
    }

    /**
     * One conflict in a list: its record ({@code label} is what names it: a person's name, a case number),
     * its fields, who changed it on the server and when, and where it stands.
     */
    public record Summary(long id, String entityType, UUID entityId, String label, Kind kind, List<String> fields,
            String theirsBy, Instant theirsAt, Instant detectedAt, State state, Instant resolvedAt, String resolvedBy) {
        public Summary {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field side by side: my value, theirs, the value both started from when known ({@code baseKnown}),
     * what the record holds now, and for a resolved conflict what was chosen. Values are text; null is empty.
     */
    public record Field(String name, String mine, String theirs, String base, boolean baseKnown, String current,
            boolean numeric, Choice chosen, String chosenValue) {
    }

    /** A conflict with its fields. */
    public record Detail(Summary summary, List<Field> fields) {
        public Detail {
            fields = List.copyOf(fields);
        }
    }

    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final Map<String, Catalogue> CODED = Map.ofEntries(
            Map.entry("nationality", Catalogue.COUNTRY), Map.entry("mother_tongue", Catalogue.LANGUAGE),
            Map.entry("municipality", Catalogue.MUNICIPALITY), Map.entry("relationship", Catalogue.RELATIONSHIP),
            Map.entry("housing_tenure", Catalogue.HOUSING_TENURE), Map.entry("closing_reason", Catalogue.CLOSING_REASON),
            Map.entry("origin", Catalogue.CASE_ORIGIN), Map.entry("risk_level", Catalogue.RISK_LEVEL),
            Map.entry("civil_status", Catalogue.CIVIL_STATUS), Map.entry("dependency_grade", Catalogue.DEPENDENCY_GRADE),
            Map.entry("education_level", Catalogue.EDUCATION_LEVEL), Map.entry("employment", Catalogue.EMPLOYMENT),
            Map.entry("resource_code", Catalogue.RESOURCE_TYPE), Map.entry("area_code", Catalogue.DEMAND_AREA));
    private static final Set<String> CHOICES = Set.of("kind", "status", "id_doc_type", "sex",
            "target_kind", "problem_codes", "is_reference", "confidential", "achieved", "professional_id",
            "double_booked_override", "mark", "cancelled", "funding");

    private final LocalStore store;
    private final DesktopSyncStore sync;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final PersonValidator people;
    private final Clock clock;
    private final ObjectMapper json = Json.strictMapper();

    /** Conflicts waiting for a decision, oldest first; none for someone who may not see case files. */
    public List<Summary> open(CurrentUser user) {
        if (!access.allows(user, Permission.VIEW_CASE_FILES)) {
            return List.of();
        }
        return summaries(sync.conflicts(StoredConflict.Status.OPEN, 500));
    }

    /** Resolved (and obsolete) conflicts, newest first; none for someone who may not see case files. */
    public List<Summary> history(CurrentUser user, int limit) {
        if (!access.allows(user, Permission.VIEW_CASE_FILES)) {
            return List.of();
        }
        return summaries(sync.conflicts(StoredConflict.Status.RESOLVED, Math.max(1, Math.min(limit, 1000))));
    }

    private List<Summary> summaries(List<StoredConflict> stored) {
        return store.read(tx -> {
            List<Summary> out = new ArrayList<>();
            for (StoredConflict c : stored) {
                out.add(summary(tx, c, parse(c.detailJson())));
            }
            return out;
        });
    }

    public Detail detail(CurrentUser user, long id) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            StoredConflict c = sync.conflict(tx, id).orElseThrow(() -> new NotFoundException("conflict"));
            Conflict conflict = parse(c.detailJson());
            LocalRow row = sync.row(tx, c.entityType(), c.entityId()).orElse(null);
            ObjectNode mine = object(c.mineJson());
            ObjectNode base = c.baseJson() == null ? null : object(c.baseJson());
            JsonNode resolution = c.resolutionJson() == null ? null : tree(c.resolutionJson()).path("fields");
            List<Field> fields = new ArrayList<>();
            for (String name : fieldNames(c, conflict)) {
                JsonNode theirs = theirs(conflict, name);
                JsonNode chosen = resolution == null ? null : resolution.get(name);
                fields.add(new Field(name, text(mine.get(name)), text(theirs),
                        base == null ? null : text(base.get(name)), base != null && base.has(name),
                        row == null ? null : text(row.field(name)), isNumeric(c.entityType(), name),
                        chosen == null ? null : Choice.valueOf(chosen.path("choice").asText()),
                        chosen == null ? null : text(chosen.get("value"))));
            }
            return new Detail(summary(tx, c, conflict), fields);
        });
    }

    /**
     * Resolves a field conflict: every conflicting field needs a decision. The chosen values that differ
     * from what the record holds now become one patch, based on the record's current server version.
     */
    public void resolveFields(CurrentUser user, long id, Map<String, Decision> decisions) {
        access.require(user, Permission.EDIT_CASE_FILES);
        StoredConflict c = sync.conflict(id).orElseThrow(() -> new NotFoundException("conflict"));
        Conflict conflict = parse(c.detailJson());
        if (conflict.kind() != cat.teixit.sync.protocol.ConflictKind.FIELDS) {
            throw new IllegalArgumentException("not a field conflict");
        }
        ObjectNode mine = object(c.mineJson());
        ValidationErrors errors = new ValidationErrors();
        Map<String, JsonNode> target = new LinkedHashMap<>();
        Map<String, Object> record = new LinkedHashMap<>();
        for (FieldConflict f : conflict.fields()) {
            Decision d = decisions.get(f.field());
            if (d == null || d.choice() == null) {
                errors.add(f.field(), "syncArea.conflict.error.choose");
                continue;
            }
            JsonNode value = switch (d.choice()) {
                case MINE -> mine.has(f.field()) ? mine.get(f.field()) : f.mine();
                case THEIRS -> null;
                case MERGED -> typed(c.entityType(), f.field(), d.merged(), errors);
            };
            if (value != null) {
                target.put(f.field(), value);
            }
            record.put(f.field(), Map.of("choice", d.choice().name(), "value",
                    value == null ? f.theirs() : value));
        }
        if (decisions.keySet().stream().anyMatch(k -> conflict.fields().stream().noneMatch(f -> f.field().equals(k)))) {
            errors.add("fields", "syncArea.conflict.error.choose");
        }
        errors.throwIfAny();
        if (Person.TYPE.equals(c.entityType())) {
            checkPerson(c.entityId(), target);
        }
        String resolution = write(Map.of("kind", "FIELDS", "fields", record));
        try {
            store.write(tx -> {
                LocalRow row = sync.row(tx, c.entityType(), c.entityId())
                        .orElseThrow(() -> new NotFoundException("record"));
                Map<String, JsonNode> patch = new LinkedHashMap<>();
                Map<String, JsonNode> before = new LinkedHashMap<>();
                target.forEach((field, value) -> {
                    if (!normal(row.field(field)).equals(normal(value))) {
                        patch.put(field, value);
                        before.put(field, row.field(field));
                    }
                });
                Long opId = null;
                if (!patch.isEmpty()) {
                    ChangeRecorder.Recorded r = recorder.recordRow(tx, recorder.newTransactionId(), c.entityType(),
                            c.entityId(), row.scope(), row.serverVersion(), ChangeKind.PATCH, patch, before);
                    sync.writeLocalChange(tx, row, patch, r.hlc().toString(), TombstoneChange.KEEP, null);
                    opId = r.opId();
                }
                markResolved(tx, c.id(), user, resolution, opId);
                return null;
            });
        } catch (RefusedValueException e) {
            new ValidationErrors().add("fields", "syncArea.conflict.error.value").throwIfAny();
        }
        LOG.info("Conflict {} resolved field by field ({} fields)", id, target.size());
    }

    /**
     * Resolves a delete against an edit. {@code keepMine}: for my edit of a record deleted elsewhere,
     * restore it with my changes; for my delete of a record edited elsewhere, delete it after all.
     * Otherwise the server's side stands and nothing is sent.
     */
    public void resolveDeletion(CurrentUser user, long id, boolean keepMine) {
        access.require(user, Permission.EDIT_CASE_FILES);
        StoredConflict c = sync.conflict(id).orElseThrow(() -> new NotFoundException("conflict"));
        Conflict conflict = parse(c.detailJson());
        Kind kind = kind(conflict);
        if (kind == Kind.FIELDS) {
            throw new IllegalArgumentException("a field conflict is resolved field by field");
        }
        String resolution = write(Map.of("kind", kind.name(), "keepMine", keepMine));
        store.write(tx -> {
            LocalRow row = sync.row(tx, c.entityType(), c.entityId()).orElseThrow(() -> new NotFoundException("record"));
            Long opId = null;
            if (keepMine && kind == Kind.DELETED_ON_SERVER) {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                SyncTables.Table t = sync.tables().table(c.entityType()).orElseThrow();
                object(c.mineJson()).fields().forEachRemaining(e -> {
                    if (t.column(e.getKey()).isPresent()) {
                        fields.put(e.getKey(), e.getValue());
                    }
                });
                ChangeRecorder.Recorded r = recorder.recordRow(tx, recorder.newTransactionId(), c.entityType(),
                        c.entityId(), row.scope(), row.serverVersion(), ChangeKind.PATCH, fields, null);
                sync.writeLocalChange(tx, row, fields, r.hlc().toString(), TombstoneChange.CLEAR, null);
                opId = r.opId();
            } else if (keepMine && kind == Kind.EDITED_ON_SERVER) {
                long now = clock.millis();
                ChangeRecorder.Recorded r = recorder.recordRow(tx, recorder.newTransactionId(), c.entityType(),
                        c.entityId(), row.scope(), row.serverVersion(), ChangeKind.DELETE, Map.of("deleted_at", now), null);
                sync.writeLocalChange(tx, row, Map.of(), r.hlc().toString(), TombstoneChange.SET, now);
                opId = r.opId();
            }
            markResolved(tx, c.id(), user, resolution, opId);
            return null;
        });
        LOG.info("Conflict {} resolved ({}, keep mine: {})", id, kind, keepMine);
    }

    private void markResolved(StoreTx tx, long id, CurrentUser user, String resolution, Long opId) {
        if (!sync.markResolved(tx, id, user.id().toString(), resolution, opId)) {
            // Resolved meanwhile (another window): nothing of this attempt is saved.
            throw new IllegalStateException("conflict already resolved");
        }
    }

    // ---- reading

    private Summary summary(StoreTx tx, StoredConflict c, Conflict conflict) {
        LocalRow row = sync.row(tx, c.entityType(), c.entityId()).orElse(null);
        JsonNode names = row != null ? null : conflict.server().fields();
        String label = label(c.entityType(), row, names);
        String resolvedBy = c.resolvedBy() == null ? null : userName(tx, c.resolvedBy());
        String theirsBy = c.theirsBy() == null ? null : tx.users().findByUsername(c.theirsBy())
                .map(u -> u.getDisplayName()).orElse(c.theirsBy());
        State state = switch (c.status()) {
            case OPEN -> State.OPEN;
            case RESOLVED -> State.RESOLVED;
            case OBSOLETE -> State.OBSOLETE;
        };
        return new Summary(c.id(), c.entityType(), c.entityId(), label, kind(conflict), fieldNames(c, conflict), theirsBy,
                c.theirsAt() == null ? null : Instant.ofEpochMilli(c.theirsAt()), Instant.ofEpochMilli(c.detectedAt()),
                state, c.resolvedAt() == null ? null : Instant.ofEpochMilli(c.resolvedAt()), resolvedBy);
    }

    private static String userName(StoreTx tx, String id) {
        try {
            return tx.users().find(UUID.fromString(id)).map(u -> u.getDisplayName()).orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    /** What names a record for a person: a person's full name, a household's name, a case number. */
    private static String label(String entityType, LocalRow row, JsonNode fallback) {
        java.util.function.Function<String, String> f = name -> {
            JsonNode v = row != null ? row.field(name) : fallback == null ? null : fallback.get(name);
            return v == null || v.isNull() ? "" : v.asText();
        };
        String label = switch (entityType) {
            case "person" -> String.join(" ", f.apply("given_name"), f.apply("surname1"), f.apply("surname2"));
            case "household" -> f.apply("name");
            case "case_file" -> f.apply("number");
            case "attachment" -> f.apply("file_name");
            case "intervention_plan" -> f.apply("title");
            default -> "";
        };
        return label.strip().replaceAll("\\s+", " ");
    }

    private List<String> fieldNames(StoredConflict c, Conflict conflict) {
        if (!conflict.fields().isEmpty()) {
            return conflict.fields().stream().map(FieldConflict::field).toList();
        }
        List<String> names = new ArrayList<>();
        object(c.mineJson()).fieldNames().forEachRemaining(n -> {
            if (Validation.matches(Validation.FIELD_NAME, n) && !Validation.RESERVED_FIELDS.contains(n)) {
                names.add(n);
            }
        });
        return names;
    }

    private static JsonNode theirs(Conflict conflict, String field) {
        for (FieldConflict f : conflict.fields()) {
            if (f.field().equals(field)) {
                return f.theirs();
            }
        }
        return conflict.server().fields().get(field);
    }

    private static Kind kind(Conflict conflict) {
        return switch (conflict.kind()) {
            case FIELDS -> Kind.FIELDS;
            case DELETED_ON_SERVER -> Kind.DELETED_ON_SERVER;
            case EDITED_ON_SERVER -> Kind.EDITED_ON_SERVER;
        };
    }

    private boolean isNumeric(String entityType, String field) {
        return sync.tables().table(entityType).flatMap(t -> t.column(field))
                .map(col -> col.type() == SyncTables.ColumnType.INTEGER || col.type() == SyncTables.ColumnType.REAL)
                .orElse(false);
    }

    /** A typed value as the column takes it: whole numbers for INTEGER columns, text otherwise; blank is empty. */
    private JsonNode typed(String entityType, String field, String input, ValidationErrors errors) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return NullNode.getInstance();
        }
        if (text.length() > MAX_TEXT) {
            errors.add(field, "syncArea.conflict.error.tooLong", MAX_TEXT);
            return null;
        }
        SyncTables.ColumnType type = sync.tables().table(entityType).flatMap(t -> t.column(field))
                .map(SyncTables.Column::type).orElse(SyncTables.ColumnType.TEXT);
        if (isChoiceField(field) || (isMomentField(field) && type == SyncTables.ColumnType.INTEGER)) {
            // A code, a fixed choice or a recorded moment (epoch ms): one side or the other, never typed.
            errors.add(field, "syncArea.conflict.error.pickSide");
            return null;
        }
        if (isCentsField(field) && type == SyncTables.ColumnType.INTEGER) {
            Optional<Long> cents = Amounts.parse(text);
            if (cents.isEmpty()) {
                errors.add(field, "syncArea.conflict.error.amount");
                return null;
            }
            return LongNode.valueOf(cents.get());
        }
        if (isDateField(field)) {
            LocalDate date = parseDate(text);
            if (date == null) {
                errors.add(field, "syncArea.conflict.error.date");
                return null;
            }
            return TextNode.valueOf(date.toString());
        }
        try {
            return switch (type) {
                case INTEGER -> LongNode.valueOf(Long.parseLong(text));
                case REAL -> DoubleNode.valueOf(Double.parseDouble(text.replace(',', '.')));
                case TEXT, ANY -> TextNode.valueOf(text);
            };
        } catch (NumberFormatException e) {
            errors.add(field, "syncArea.conflict.error.number");
            return null;
        }
    }

    /**
     * The person as it would be after the resolution goes through the person form's checks; problems in
     * the fields being decided refuse it (a wrong value already there is not this decision's to fix).
     */
    private void checkPerson(UUID id, Map<String, JsonNode> decided) {
        LocalRow row = store.read(tx -> sync.row(tx, Person.TYPE, id)).orElse(null);
        if (row == null) {
            return; // gone: the write says so
        }
        PersonForm merged = MergedPerson.form(column -> decided.containsKey(column) ? decided.get(column) : row.field(column));
        try {
            people.validate(merged, LocalDate.now(clock.withZone(CaseDeps.ZONE)));
        } catch (ValidationException e) {
            ValidationErrors errors = new ValidationErrors();
            e.errors().byField().forEach((component, problem) -> {
                String column = MergedPerson.column(component);
                if (decided.containsKey(column)) {
                    errors.add(column, problem.key(), problem.args());
                }
            });
            errors.throwIfAny();
        }
    }

    /** A calendar date column (stored as ISO text): birth_date, joined_on, review_on... */
    public static boolean isDateField(String field) {
        return field.endsWith("_date") || field.endsWith("_on");
    }

    /** The catalogue a coded column takes its codes from (nationality: countries...), if it is one. */
    public static Optional<Catalogue> catalogueOf(String field) {
        return Optional.ofNullable(CODED.get(field));
    }

    /** A column whose value is a code or a fixed choice: resolved by choosing a side, never typed. */
    public static boolean isChoiceField(String field) {
        return CODED.containsKey(field) || CHOICES.contains(field);
    }

    /** An amount in euro cents (typed in euros): cost_cents. */
    public static boolean isCentsField(String field) {
        return field.endsWith("_cents");
    }

    /** A moment column (stored as epoch milliseconds): occurred_at, responded_at... */
    public static boolean isMomentField(String field) {
        return field.endsWith("_at");
    }

    /** dd/mm/aaaa (as the forms take dates) or ISO aaaa-mm-dd; null when it is neither or no real date. */
    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter f : DATE_INPUTS) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static JsonNode normal(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return NullNode.getInstance();
        }
        return v.isIntegralNumber() && v.canConvertToLong() ? LongNode.valueOf(v.longValue()) : v;
    }

    /** A value as the screen shows it: text as is, numbers as digits, empty as null. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private Conflict parse(String text) {
        return StoredJson.read(json, text, Conflict.class, "stored conflict");
    }

    private JsonNode tree(String text) {
        return StoredJson.tree(json, text, "stored JSON");
    }

    private ObjectNode object(String text) {
        JsonNode n = tree(text);
        return n instanceof ObjectNode o ? o : json.createObjectNode();
    }

    private String write(Object value) {
        return StoredJson.write(json, value, "conflict");
    }
}
