package cat.teixit.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The columns of a {@link SyncedEntity} class as the sync sees them, read once from its mapping: the sync
 * metadata ({@link SyncedEntity}'s own columns), the synced fields (every other persistent field, in
 * declaration order, in the column named by {@link ColumnName}) and the {@link LocalOnly} ones. Adding a synced
 * column is adding the field and its migration. Immutable, cached per class; thread-safe.
 */
public final class SyncedColumns {

    private static final ClassValue<SyncedColumns> BY_CLASS = new ClassValue<>() {
        @Override
        protected SyncedColumns computeValue(Class<?> type) {
            return new SyncedColumns(type.asSubclass(SyncedEntity.class));
        }
    };

    private static final List<String> METADATA = List.copyOf(columnsOf(SyncedEntity.class, false).keySet());

    /** Field types whose values {@link #valueOf} turns into the store's representation. */
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Integer.class, int.class, Long.class, long.class,
            Boolean.class, boolean.class, Double.class, UUID.class, LocalDate.class, Instant.class);

    private final List<Field> synced;
    private final List<String> syncedNames;
    private final List<String> localNames;

    private SyncedColumns(Class<? extends SyncedEntity> type) {
        List<Field> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> local = new ArrayList<>();
        for (Class<?> c : hierarchyBelowSyncedEntity(type)) {
            columnsOf(c, true).forEach((name, field) -> {
                if (field.isAnnotationPresent(LocalOnly.class)) {
                    local.add(name);
                } else {
                    requireSupported(type, field);
                    field.setAccessible(true);
                    fields.add(field);
                    names.add(name);
                }
            });
        }
        this.synced = List.copyOf(fields);
        this.syncedNames = List.copyOf(names);
        this.localNames = List.copyOf(local);
    }

    /** The columns of {@code type}. */
    public static SyncedColumns of(Class<? extends SyncedEntity> type) {
        return BY_CLASS.get(type);
    }

    /** The sync metadata every synced table has: id, scope, server version, clock, tombstone, row version. */
    public static List<String> metadata() {
        return METADATA;
    }

    /** The synced fields' column names, in declaration order. */
    public List<String> synced() {
        return syncedNames;
    }

    /** The columns that stay on this workstation. */
    public List<String> local() {
        return localNames;
    }

    /** The synced fields of {@code entity} (an instance of this class), column name to value, in declaration order. */
    Map<String, Object> values(SyncedEntity entity) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < synced.size(); i++) {
            try {
                values.put(syncedNames.get(i), valueOf(synced.get(i).get(entity)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + synced.get(i), e);
            }
        }
        return values;
    }

    /**
     * A field's value as the store holds it and sync ops carry it: text and numbers as they are, booleans as
     * 1 or 0, enums by name, ids and dates as text (ISO dates), instants as epoch milliseconds, a referenced
     * entity as its id.
     */
    private static Object valueOf(Object v) {
        return switch (v) {
            case null -> null;
            case Boolean b -> b ? 1 : 0;
            case Enum<?> e -> e.name();
            case UUID u -> u.toString();
            case LocalDate d -> d.toString();
            case Instant t -> t.toEpochMilli();
            case SyncedEntity ref -> ref.getId().toString();
            default -> v;
        };
    }

    private static void requireSupported(Class<?> type, Field f) {
        Class<?> t = f.getType();
        if (!PLAIN.contains(t) && !t.isEnum() && !SyncedEntity.class.isAssignableFrom(t)) {
            throw new IllegalStateException(type.getSimpleName() + "." + f.getName() + ": a synced field of type "
                    + t.getSimpleName() + " has no sync representation");
        }
    }

    /** The classes from the one right below {@link SyncedEntity} down to {@code type}. */
    private static List<Class<?>> hierarchyBelowSyncedEntity(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != SyncedEntity.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        Collections.reverse(classes);
        return classes;
    }

    /**
     * The mapped column fields declared in {@code c} (not inherited), by column name, in declaration order: every
     * field that is neither static nor transient, in the column its {@code @JoinColumn} or {@code @Column} names, or
     * else in {@link ColumnName#of its name in snake case} (the store's naming strategy).
     */
    private static Map<String, Field> columnsOf(Class<?> c, boolean joins) {
        Map<String, Field> columns = new LinkedHashMap<>();
        for (Field f : c.getDeclaredFields()) {
            if (f.isSynthetic() || f.getName().startsWith("$") || Modifier.isStatic(f.getModifiers())
                    || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Transient.class)) {
                continue;
            }
            JoinColumn join = f.getAnnotation(JoinColumn.class);
            if (join != null && !joins) {
                continue;
            }
            if (join != null && join.name().isEmpty()) {
                throw new IllegalStateException(c.getSimpleName() + "." + f.getName() + ": name its join column");
            }
            Column column = f.getAnnotation(Column.class);
            String name = join != null ? join.name()
                    : column != null && !column.name().isEmpty() ? column.name() : ColumnName.of(f.getName());
            columns.put(name, f);
        }
        return columns;
    }
}
