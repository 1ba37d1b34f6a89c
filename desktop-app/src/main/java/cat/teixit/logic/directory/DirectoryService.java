package cat.teixit.logic.directory;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.directory.DirectoryEntry;
import cat.teixit.model.directory.EntryRow;
import cat.teixit.persistence.LocalStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * The council's resource directory: searched offline by everyone (active entries only), kept by the local
 * administrator ({@link Permission#EDIT_DIRECTORY}: add, change only what changed, deactivate or reactivate). Entries
 * live in the council-wide scope {@link DirectoryEntry#SCOPE} and sync like every record. Thread-safe.
 */
@RequiredArgsConstructor
public final class DirectoryService {

    /** The categories an entry may have (their labels are {@code directory.category.<code>}). */
    private static final Map<String, String> CATEGORY_KEYS = categoryKeys(
            "SOCIAL_SERVICES", "directory.category.socialServices", "FOOD", "directory.category.food",
            "HOUSING", "directory.category.housing", "EMPLOYMENT", "directory.category.employment",
            "HEALTH", "directory.category.health", "GENDER_VIOLENCE", "directory.category.genderViolence",
            "FAMILY_CHILDHOOD", "directory.category.familyChildhood",
            "ELDERLY_DEPENDENCY", "directory.category.elderlyDependency", "MIGRATION", "directory.category.migration",
            "LEGAL", "directory.category.legal", "EDUCATION", "directory.category.education",
            "DISABILITY", "directory.category.disability", "ADDICTIONS", "directory.category.addictions",
            "OTHER", "directory.category.other");
    /** The categories an entry may have, in the order lists offer them. */
    public static final List<String> CATEGORIES = List.copyOf(CATEGORY_KEYS.keySet());
    /** Results of one search at most. */
    public static final int LIMIT = 200;
    static final int NAME_MAX = 160;
    static final int SHORT_MAX = 200;
    static final int TEXT_MAX = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("(https?://)?[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}(/\\S*)?");
    private static final Pattern PHONE = Pattern.compile("[+\\d][\\d\\s.()-]{2,30}");

    private static Map<String, String> categoryKeys(String... codeAndKey) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codeAndKey.length; i += 2) {
            m.put(codeAndKey[i], codeAndKey[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The text key of a category's label (an unknown code, from a newer workstation: "other"). */
    public static String categoryKey(String code) {
        return CATEGORY_KEYS.getOrDefault(code, "directory.category.other");
    }

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;

    /**
     * The active entries matching {@code text} (every word, accents and case aside, as a word or its start), of
     * {@code category} when not null; every active entry by name for a blank text. Any logged-in user.
     */
    public List<EntryRow> search(CurrentUser user, String text, String category) {
        Objects.requireNonNull(user, "user");
        return store.read(tx -> tx.directory().search(text, category, LIMIT));
    }

    /** Every entry, deactivated ones too (the administrator's list). */
    public List<EntryRow> all(CurrentUser user) {
        access.require(user, Permission.EDIT_DIRECTORY);
        return store.read(tx -> tx.directory().all(5000));
    }

    /** One entry (active or not). */
    public Optional<EntryRow> entry(CurrentUser user, UUID id) {
        Objects.requireNonNull(user, "user");
        return store.read(tx -> tx.directory().row(id));
    }

    /** True when {@code user} may add and change entries (to show the editing controls). */
    public boolean mayEdit(CurrentUser user) {
        return access.allows(user, Permission.EDIT_DIRECTORY);
    }

    /** Adds an active entry. */
    public UUID add(CurrentUser user, EntryForm form) {
        access.require(user, Permission.EDIT_DIRECTORY);
        Checked c = check(form);
        return store.write(tx -> {
            DirectoryEntry e = new DirectoryEntry(Ids.newId());
            e.setName(c.name);
            e.setAdministration(c.administration);
            e.setCategory(c.category);
            e.setAudience(c.audience);
            e.setRequirements(c.requirements);
            e.setAddress(c.address);
            e.setMunicipality(c.municipality);
            e.setOpeningHours(c.openingHours);
            e.setPhone(c.phone);
            e.setEmail(c.email);
            e.setWeb(c.web);
            e.setLatitude(form.latitude());
            e.setLongitude(form.longitude());
            e.setActive(true);
            e.setCreatedAt(clock.instant());
            recorder.recordInsert(tx, recorder.newTransactionId(), e);
            tx.directory().save(e);
            return e.getId();
        });
    }

    /**
     * Changes an entry, writing only the fields that differ between {@code before} (what the form loaded) and
     * {@code after}. Refused when the entry changed since the form was loaded.
     */
    public void edit(CurrentUser user, UUID id, long expectedRowVersion, EntryForm before, EntryForm after) {
        access.require(user, Permission.EDIT_DIRECTORY);
        Checked c = check(after);
        store.write(tx -> {
            DirectoryEntry e = tx.directory().find(id).orElseThrow(() -> new NotFoundException("directoryEntry"));
            fresh(e, expectedRowVersion);
            Map<String, Object> was = e.syncFields();
            ifChanged(before.name(), after.name(), c.name, e::setName);
            ifChanged(before.administration(), after.administration(), c.administration, e::setAdministration);
            ifChanged(before.category(), after.category(), c.category, e::setCategory);
            ifChanged(before.audience(), after.audience(), c.audience, e::setAudience);
            ifChanged(before.requirements(), after.requirements(), c.requirements, e::setRequirements);
            ifChanged(before.address(), after.address(), c.address, e::setAddress);
            ifChanged(before.municipality(), after.municipality(), c.municipality, e::setMunicipality);
            ifChanged(before.openingHours(), after.openingHours(), c.openingHours, e::setOpeningHours);
            ifChanged(before.phone(), after.phone(), c.phone, e::setPhone);
            ifChanged(before.email(), after.email(), c.email, e::setEmail);
            ifChanged(before.web(), after.web(), c.web, e::setWeb);
            ifChanged(before.latitude(), after.latitude(), after.latitude(), e::setLatitude);
            ifChanged(before.longitude(), after.longitude(), after.longitude(), e::setLongitude);
            recorder.recordPatch(tx, recorder.newTransactionId(), e, was);
            return null;
        });
    }

    /** Deactivates an entry (no longer found by searches, kept for what named it) or makes it active again. */
    public void setActive(CurrentUser user, UUID id, long expectedRowVersion, boolean active) {
        access.require(user, Permission.EDIT_DIRECTORY);
        store.write(tx -> {
            DirectoryEntry e = tx.directory().find(id).orElseThrow(() -> new NotFoundException("directoryEntry"));
            fresh(e, expectedRowVersion);
            Map<String, Object> was = e.syncFields();
            e.setActive(active);
            recorder.recordPatch(tx, recorder.newTransactionId(), e, was);
            return null;
        });
    }

    /** What a referral to an entry starts with: a service, named with its providing administration. */
    public record ReferralDraft(ReferralTargetKind kind, String target) {
    }

    /** The referral a case file's professional starts from an entry (the target prefilled). */
    public static ReferralDraft referralDraft(EntryRow entry) {
        String target = entry.administration() == null ? entry.name() : entry.name() + " (" + entry.administration() + ")";
        return new ReferralDraft(ReferralTargetKind.SERVICE, target.length() > 200 ? target.substring(0, 200) : target);
    }

    private record Checked(String name, String administration, String category, String audience, String requirements,
            String address, String municipality, String openingHours, String phone, String email, String web) {
    }

    /** Checks a whole form before anything is written. */
    static Checked check(EntryForm f) {
        ValidationErrors e = new ValidationErrors();
        String name = text(e, "name", f.name(), NAME_MAX);
        if (name == null) {
            e.add("name", "validation.required");
        }
        if (f.category() == null || !CATEGORIES.contains(f.category())) {
            e.add("category", "validation.required");
        }
        String phone = text(e, "phone", f.phone(), 60);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            e.add("phone", "directory.error.phone");
        }
        String email = text(e, "email", f.email(), SHORT_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            e.add("email", "directory.error.email");
        }
        String web = text(e, "web", f.web(), SHORT_MAX);
        if (web != null && !WEB.matcher(web).matches()) {
            e.add("web", "directory.error.web");
        }
        if ((f.latitude() == null) != (f.longitude() == null)) {
            e.add(f.latitude() == null ? "latitude" : "longitude", "directory.error.bothCoordinates");
        }
        if (f.latitude() != null && (f.latitude().isNaN() || f.latitude() < -90 || f.latitude() > 90)) {
            e.add("latitude", "directory.error.latitude");
        }
        if (f.longitude() != null && (f.longitude().isNaN() || f.longitude() < -180 || f.longitude() > 180)) {
            e.add("longitude", "directory.error.longitude");
        }
        Checked c = new Checked(name, text(e, "administration", f.administration(), SHORT_MAX), f.category(),
                text(e, "audience", f.audience(), TEXT_MAX), text(e, "requirements", f.requirements(), TEXT_MAX),
                text(e, "address", f.address(), SHORT_MAX), text(e, "municipality", f.municipality(), 80),
                text(e, "openingHours", f.openingHours(), TEXT_MAX), phone, email, web);
        e.throwIfAny();
        return c;
    }

    private static String text(ValidationErrors e, String field, String raw, int max) {
        return e.text(field, raw, max);
    }

    private static <T> void ifChanged(T before, T after, T value, Consumer<T> set) {
        if (!Objects.equals(before, after)) {
            set.accept(value);
        }
    }

    private static void fresh(DirectoryEntry e, long expectedRowVersion) {
        if (e.getRowVersion() != expectedRowVersion) {
            throw new StaleRecordException("changed since it was loaded", null);
        }
    }
}
