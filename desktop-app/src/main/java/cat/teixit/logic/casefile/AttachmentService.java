package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.persistence.BlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Files added to a case file (the ID, payslips, reports a person brings): stored content-addressed,
 * with a size limit, opened with the system's viewer through a named copy. Thread-safe.
 */
public final class AttachmentService {

    public static final long DEFAULT_MAX_MB = 25;

    /** Gets the content of an attachment added on another workstation (from the central system) into the store. */
    @FunctionalInterface
    public interface RemoteContent {
        RemoteContent NONE = (scope, sha256, into) -> false;

        /** True when the verified content is now in {@code into}. */
        boolean fetch(String scope, String sha256, BlobStore into);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AttachmentService.class);
    private final CaseDeps deps;
    private final BlobStore blobs;
    private final long maxBytes;
    private final Path openDir;
    private final RemoteContent remote;

    public AttachmentService(CaseDeps deps, BlobStore blobs, long maxMegabytes, Path openDir) {
        this(deps, blobs, maxMegabytes, openDir, RemoteContent.NONE);
    }

    /** @param remote where the content of attachments added elsewhere comes from when first opened */
    public AttachmentService(CaseDeps deps, BlobStore blobs, long maxMegabytes, Path openDir, RemoteContent remote) {
        this.deps = deps;
        this.blobs = blobs;
        this.maxBytes = maxMegabytes * 1024 * 1024;
        this.openDir = openDir;
        this.remote = remote;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Adds the file at {@code source} to the case file; a file too large or unreadable is refused with a message. */
    public UUID add(CurrentUser user, UUID caseFileId, UUID personId, Path source, String description) {
        ValidationErrors e = new ValidationErrors();
        if (source == null || !Files.isRegularFile(source) || !Files.isReadable(source)) {
            e.add("file", "attachment.error.unreadable");
        }
        e.throwIfAny();
        return add(user, caseFileId, personId, Ids.newId(), () -> blobs.put(source, maxBytes),
                source.getFileName().toString(), description);
    }

    /**
     * Files a document Teixit made (a generated PDF) in the case file under the id it prints, with its own
     * name: like {@link #add}, it is stored content-addressed (encrypted, never written in clear), synced and
     * listed in the social history.
     */
    public UUID addGenerated(CurrentUser user, UUID caseFileId, UUID personId, UUID id, byte[] content, String fileName,
            String description) {
        return add(user, caseFileId, personId, id, () -> blobs.put(new java.io.ByteArrayInputStream(content), maxBytes),
                fileName, description);
    }

    /** Stores the content of an attachment being added. */
    @FunctionalInterface
    private interface Content {
        BlobStore.Stored store() throws IOException, BlobStore.TooLargeException;
    }

    private UUID add(CurrentUser user, UUID caseFileId, UUID personId, UUID id, Content content, String fileName,
            String description) {
        deps.access().require(user, Permission.EDIT_CASE_FILES);
        ValidationErrors e = new ValidationErrors();
        String desc = ResourceService.text(e, "description", description, false);
        e.throwIfAny();
        BlobStore.Stored stored;
        try {
            stored = content.store();
        } catch (BlobStore.TooLargeException x) {
            new ValidationErrors().add("file", "attachment.error.tooLarge", maxBytes / (1024 * 1024)).throwIfAny();
            return null;
        } catch (IOException x) {
            new ValidationErrors().add("file", "attachment.error.unreadable").throwIfAny();
            return null;
        }
        String name = fileName;
        String type = URLConnection.guessContentTypeFromName(name);
        return deps.change(user, cs -> {
            CaseFile cf = deps.visibleCaseFile(user, cs.tx(), caseFileId);
            Attachment a = new Attachment(id, cf.getScope());
            a.file(caseFileId, personId, deps.clock().instant(), user.id());
            a.setFileName(name.length() > 200 ? name.substring(name.length() - 200) : name);
            a.setMediaType(type == null ? "application/octet-stream" : type);
            a.setSizeBytes(stored.size());
            a.setSha256(stored.sha256());
            a.setDescription(desc);
            return cs.insert(a).getId();
        });
    }

    public List<CaseRecords.AttachmentItem> attachments(CurrentUser user, UUID caseFileId) {
        return deps.readCaseFile(user, caseFileId,
                (tx, cf) -> tx.cases().attachments(caseFileId).stream().map(CaseRecords.AttachmentItem::of).toList());
    }

    /**
     * A copy in clear of the attachment under its own name, for the system viewer. The copies live in the data
     * directory ({@code tmp/open}) and are removed when Teixit closes and at the next start. A stored file that was
     * changed, cut or swapped is refused with a message, and no copy is made.
     */
    public Path copyForViewing(CurrentUser user, UUID attachmentId) {
        Attachment a = content(user, attachmentId);
        try {
            Path dir = openDir.resolve(a.getId().toString());
            Files.createDirectories(dir);
            String safe = a.getFileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            Path copy = dir.resolve(safe.isBlank() ? "document" : safe);
            blobs.copyTo(a.getSha256(), copy);
            return copy;
        } catch (cat.teixit.persistence.SealedStreams.DamagedException e) {
            throw damaged(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The attachment's content in clear, in memory and never on the disk (printing a filed PDF): at most the
     * attachment size limit. Refused like {@link #copyForViewing} when the stored file was tampered with.
     */
    public byte[] read(CurrentUser user, UUID attachmentId) {
        Attachment a = content(user, attachmentId);
        try (java.io.InputStream in = blobs.open(a.getSha256())) {
            return in.readAllBytes();
        } catch (cat.teixit.persistence.SealedStreams.DamagedException e) {
            throw damaged(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The visible attachment {@code attachmentId}, its content here (downloaded when first opened). */
    private Attachment content(CurrentUser user, UUID attachmentId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        Attachment a = deps.store().read(tx -> tx.cases().find(Attachment.class, attachmentId))
                .orElseThrow(() -> new NotFoundException("attachment"));
        deps.visible(user, a, "attachment");
        // Content added on another workstation is downloaded when first opened (downloads are lazy).
        if (!blobs.has(a.getSha256()) && !(remote.fetch(a.getScope(), a.getSha256(), blobs) && blobs.has(a.getSha256()))) {
            throw new NotFoundException("attachment content");
        }
        return a;
    }

    private static RuntimeException damaged(Attachment a) {
        LOG.warn("The stored content of attachment {} does not authenticate", a.getId());
        return new cat.teixit.logic.common.ValidationException(
                new ValidationErrors().add("file", "attachment.error.damaged"));
    }

    /** Removes the viewing copies of an earlier session. */
    public void cleanViewingCopies() {
        if (!Files.isDirectory(openDir)) {
            return;
        }
        try (var walk = Files.walk(openDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(openDir)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a copy still open in a viewer: removed next time
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
