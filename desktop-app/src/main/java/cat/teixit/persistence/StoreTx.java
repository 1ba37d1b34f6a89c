package cat.teixit.persistence;

import cat.teixit.persistence.agenda.AppointmentRepository;
import cat.teixit.persistence.casefile.CaseFileQueries;
import cat.teixit.persistence.casefile.CaseRepository;
import cat.teixit.persistence.casefile.DraftRepository;
import cat.teixit.persistence.casefile.TimelineQueries;
import cat.teixit.persistence.catalogue.CatalogueRepository;
import cat.teixit.persistence.demo.BulkWrites;
import cat.teixit.persistence.documents.DocumentCaseQueries;
import cat.teixit.persistence.documents.DocumentTemplateRepository;
import cat.teixit.persistence.groups.GroupRepository;
import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.reports.ReportQueries;
import cat.teixit.persistence.search.DuplicateQueries;
import cat.teixit.persistence.search.PeopleIndex;
import cat.teixit.persistence.user.TeamRepository;
import cat.teixit.persistence.user.UserRepository;
import org.hibernate.Session;

/**
 * One unit of work on the local store: the repositories and queries of every feature share its
 * transaction. Valid only inside {@link LocalStore#write} or {@link LocalStore#read}; not thread-safe.
 */
public final class StoreTx implements Jdbc {

    private final Session session;
    private final java.util.List<Runnable> beforeCommit = new java.util.ArrayList<>();

    StoreTx(Session session) {
        this.session = session;
    }

    /**
     * Runs {@code work} at the end of this write transaction, after its entity changes are written and before it
     * commits (in the order added): the audit trail appends its entries there, in the same transaction as the change,
     * without flushing the change half made. Fails on a read.
     */
    public void beforeCommit(Runnable work) {
        if (session.isDefaultReadOnly()) {
            throw new IllegalStateException("nothing commits in a read");
        }
        beforeCommit.add(work);
    }

    /** Runs the work added by {@link #beforeCommit}, including work it adds itself. */
    void runBeforeCommit() {
        for (int i = 0; i < beforeCommit.size(); i++) {
            beforeCommit.get(i).run();
        }
        beforeCommit.clear();
    }

    /** The audit trail of this workstation. */
    public cat.teixit.persistence.audit.AuditRepository audit() {
        return new cat.teixit.persistence.audit.AuditRepository(this);
    }

    public DeviceRepository device() {
        return new DeviceRepository(session);
    }

    public TeamRepository teams() {
        return new TeamRepository(session);
    }

    public UserRepository users() {
        return new UserRepository(session);
    }

    public OutboxRepository outbox() {
        return new OutboxRepository(session);
    }

    /** People, households, case files and their records, as entities. */
    public CaseRepository cases() {
        return new CaseRepository(session);
    }

    /** The agenda's appointments. */
    public AppointmentRepository appointments() {
        return new AppointmentRepository(session, this);
    }

    /** Group activities, their sessions, enrolments and attendance. */
    public GroupRepository groups() {
        return new GroupRepository(session, this);
    }

    /** The teams' document templates. */
    public DocumentTemplateRepository documents() {
        return new DocumentTemplateRepository(session);
    }

    /** The aid rule sets the council loaded. */
    public cat.teixit.persistence.aid.AidRuleRepository aidRules() {
        return new cat.teixit.persistence.aid.AidRuleRepository(session, this);
    }

    /** The council's resource directory. */
    public cat.teixit.persistence.directory.DirectoryRepository directory() {
        return new cat.teixit.persistence.directory.DirectoryRepository(session, this);
    }

    /** Everything the store holds about one person (the right of access). */
    public cat.teixit.persistence.privacy.SubjectQueries subjects() {
        return new cat.teixit.persistence.privacy.SubjectQueries(this);
    }

    /** The break-the-glass openings of this workstation. */
    public cat.teixit.persistence.emergency.EmergencyOpenings emergency() {
        return new cat.teixit.persistence.emergency.EmergencyOpenings(this);
    }

    /** What an anonymisation changes and scrubs. */
    public cat.teixit.persistence.privacy.ErasureQueries erasure() {
        return new cat.teixit.persistence.privacy.ErasureQueries(this);
    }

    /** The case files documents are made for (by number, a team's open ones). */
    public DocumentCaseQueries documentCases() {
        return new DocumentCaseQueries(this);
    }

    /** What the proactive aid scan reads of the open case files. */
    public cat.teixit.persistence.aid.AidScanQueries aidScan() {
        return new cat.teixit.persistence.aid.AidScanQueries(this);
    }

    /** The figures of the team-lead reports. */
    public ReportQueries reports() {
        return new ReportQueries(this);
    }

    /** Case files in lists (recent, mine) and case numbers. */
    public CaseFileQueries caseFiles() {
        return new CaseFileQueries(this);
    }

    /** The social history of case files. */
    public TimelineQueries timeline() {
        return new TimelineQueries(this);
    }

    /** Drafts of long texts. */
    public DraftRepository drafts() {
        return new DraftRepository(this);
    }

    /** The code catalogues. */
    public CatalogueRepository catalogues() {
        return new CatalogueRepository(this);
    }

    /** The person search index. */
    public PeopleIndex people() {
        return new PeopleIndex(this);
    }

    /** Candidates for the duplicate warning. */
    public DuplicateQueries duplicates() {
        return new DuplicateQueries(this);
    }

    /** Bulk loads of synthetic areas. */
    public BulkWrites bulk() {
        return new BulkWrites(this);
    }

    /**
     * Plain SQL on this transaction's connection, after pending entity changes are flushed. For persistence
     * (its feature queries, the sync store) and the benchmark command's probes; never for logic, which asks a
     * feature above (ArchitectureTest).
     */
    @Override
    public <T> T jdbc(Work<T> work) {
        if (session.getTransaction().isActive()) {
            session.flush();
        }
        return session.doReturningWork(work::run);
    }
}
