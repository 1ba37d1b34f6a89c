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
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * Files added to a case file (the ID, payslips, reports a person brings): stored content-addressed,
 * with a size limit, opened with the system's viewer through a named copy. Thread-safe.
 */
public final class AttachmentService {

    public static final long DEFAULT_MAX_MB = 25;

    /** Gets the content of an attachment added on another workstation (from the central system) into {@code target}. */
    @FunctionalInterface
    public interface RemoteContent {
        RemoteContent NONE = (scope, sha256, target) -> false;

        /** True when the verified content is now at {@code target}. */
        boolean fetch(String scope, String sha256, Path target);
    }

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
        return add(user, caseFileId, personId, Ids.newId(), source, source == null ? null : source.getFileName().toString(),
                description);
    }

    /**
     * Files a document Teixit made (a generated PDF) in the case file under the id it prints, with its own
     * name: like {@link #add}, it is stored content-addressed, synced and listed in the social history.
     */
    public UUID addGenerated(CurrentUser user, UUID caseFileId, UUID personId, UUID id, Path source, String fileName,
            String description) {
        return add(user, caseFileId, personId, id, source, fileName, description);
    }

    private UUID add(CurrentUser user, UUID caseFileId, UUID personId, UUID id, Path source, String fileName,
            String description) {
        deps.access().require(user, Permission.EDIT_CASE_FILES);
        ValidationErrors e = new ValidationErrors();
        if (source == null || !Files.isRegularFile(source) || !Files.isReadable(source)) {
            e.add("file", "attachment.error.unreadable");
        }
        String desc = ResourceService.text(e, "description", description, false);
        e.throwIfAny();
        BlobStore.Stored stored;
        try {
            stored = blobs.put(source, maxBytes);
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
            CaseFile cf = deps.visible(user, cs.tx().cases().find(CaseFile.class, caseFileId)
                    .orElseThrow(() -> new NotFoundException("case file")), "case file");
            Attachment a = new Attachment(id, cf.getScope());
            a.setCaseFileId(caseFileId);
            a.setPersonId(personId);
            a.setFileName(name.length() > 200 ? name.substring(name.length() - 200) : name);
            a.setMediaType(type == null ? "application/octet-stream" : type);
            a.setSizeBytes(stored.size());
            a.setSha256(stored.sha256());
            a.setDescription(desc);
            a.setOccurredAt(deps.clock().instant());
            a.setAuthorId(user.id());
            return cs.insert(a).getId();
        });
    }

    public List<CaseRecords.AttachmentItem> attachments(CurrentUser user, UUID caseFileId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return deps.store().read(tx -> {
            deps.visible(user, tx.cases().find(CaseFile.class, caseFileId).orElseThrow(() -> new NotFoundException("case file")),
                    "case file");
            return tx.cases().attachments(caseFileId).stream().map(CaseRecords.AttachmentItem::of).toList();
        });
    }

    /**
     * A copy of the attachment under its own name, for the system viewer. The copies live in the
     * data directory and are removed at the next start.
     */
    public Path copyForViewing(CurrentUser user, UUID attachmentId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        Attachment a = deps.store().read(tx -> tx.cases().find(Attachment.class, attachmentId))
                .orElseThrow(() -> new NotFoundException("attachment"));
        deps.visible(user, a, "attachment");
        // Content added on another workstation is downloaded when first opened (downloads are lazy).
        Path blob = blobs.find(a.getSha256())
                .or(() -> remote.fetch(a.getScope(), a.getSha256(), blobs.location(a.getSha256()))
                        ? blobs.find(a.getSha256()) : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("attachment content"));
        try {
            Path dir = openDir.resolve(a.getId().toString());
            Files.createDirectories(dir);
            String safe = a.getFileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            Path copy = dir.resolve(safe.isBlank() ? "document" : safe);
            Files.copy(blob, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
