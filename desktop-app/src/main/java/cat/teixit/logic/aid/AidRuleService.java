package cat.teixit.logic.aid;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.aid.AidRuleSet;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.aid.AidRuleRepository;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aid simulator's rule sets as the council keeps them: a new period's figures loaded once by an administrator
 * ({@link Permission#EDIT_AID_RULES}), checked like the bundled ones, and shared with every workstation by the sync
 * (a synced record in the council-wide scope). {@link #ruleBook()} gives the bundled sets, then the council's, then
 * this computer's {@code aid-rules/} folder, read again only when a rule set changed here or by a sync. Thread-safe.
 */
@RequiredArgsConstructor
public final class AidRuleService {

    private static final Logger LOG = LoggerFactory.getLogger(AidRuleService.class);
    /** {@code rgc-2027.properties}: lower-case letters, digits and hyphens. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{2,60}\\.properties");
    /** The largest rule file taken (the bundled ones are under 4 KB). */
    public static final int MAX_CHARS = 65_536;

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;
    private final Path localFolder;
    private volatile String stamp;
    private volatile RuleBook book;

    /** True when {@code user} may load rule sets (to show the control). */
    public boolean mayLoad(CurrentUser user) {
        return access.allows(user, Permission.EDIT_AID_RULES);
    }

    /**
     * Keeps {@code content} as the council's rule set {@code fileName} after checking it as the simulator reads it: a
     * new file, or the new text of one loaded before (only its text and when are written). Refused with a message
     * naming what is wrong (a bad name, too long, not a rule set: a figure without its source, a date...).
     */
    public RuleSet load(CurrentUser user, String fileName, String content) {
        access.require(user, Permission.EDIT_AID_RULES);
        String name = fileName == null ? "" : fileName.strip();
        ValidationErrors e = new ValidationErrors();
        if (!NAME.matcher(name).matches()) {
            e.add("file", "aidRules.error.name");
        } else if (content == null || content.isBlank() || content.length() > MAX_CHARS) {
            e.add("file", "aidRules.error.size", MAX_CHARS / 1024);
        }
        e.throwIfAny();
        RuleSet parsed;
        try {
            parsed = RuleBook.parse(name, new StringReader(content));
        } catch (RuleBook.InvalidRuleSetException | IOException ex) {
            new ValidationErrors().add("file", "aidRules.error.invalid", ex.getMessage()).throwIfAny();
            throw new IllegalStateException(ex);
        }
        store.write(tx -> {
            AidRuleRepository rules = tx.aidRules();
            var existing = rules.byFileName(name);
            if (existing.isPresent()) {
                AidRuleSet set = existing.get();
                if (!set.getContent().equals(content)) {
                    Map<String, Object> was = set.syncFields();
                    set.setContent(content);
                    set.setLoadedAt(clock.instant());
                    set.setAuthorId(user.id());
                    recorder.recordPatch(tx, recorder.newTransactionId(), set, was);
                }
            } else {
                AidRuleSet set = new AidRuleSet(Ids.newId());
                set.setFileName(name);
                set.setContent(content);
                set.setLoadedAt(clock.instant());
                set.setAuthorId(user.id());
                recorder.recordInsert(tx, recorder.newTransactionId(), set);
                rules.save(set);
            }
            return null;
        });
        LOG.info("Aid rule set loaded: {}", name);
        return parsed;
    }

    /** The names of the council's rule sets here (synced ones too). */
    public List<String> loaded() {
        return store.read(tx -> tx.aidRules().all()).stream().map(AidRuleRepository.Text::fileName).toList();
    }

    /**
     * The rule book in force here: bundled, the council's, then this computer's folder (a broken local file is
     * logged by name and the folder left out, so the simulator still answers).
     */
    public RuleBook ruleBook() {
        String now = store.read(tx -> tx.aidRules().stamp());
        RuleBook current = book;
        if (current != null && now.equals(stamp)) {
            return current;
        }
        synchronized (this) {
            if (book != null && now.equals(stamp)) {
                return book;
            }
            List<RuleBook.Text> centre = store.read(tx -> tx.aidRules().all()).stream()
                    .map(t -> new RuleBook.Text(t.fileName(), t.content())).toList();
            RuleBook loaded;
            try {
                loaded = RuleBook.load(centre, localFolder);
            } catch (RuleBook.InvalidRuleSetException ex) {
                LOG.warn("Aid rule set ignored: {}", ex.getMessage());
                loaded = RuleBook.load(centre, null);
            }
            book = loaded;
            stamp = now;
            return loaded;
        }
    }
}
