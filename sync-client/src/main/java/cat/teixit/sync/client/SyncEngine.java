package cat.teixit.sync.client;

import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.sync.protocol.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one synchronisation: session and scopes, purge of revoked scopes, attachment upload, push of
 * the outbox, then pull of every scope until nothing more is ready. Each step is idempotent and
 * leaves the store consistent, so after any failure (crash, cut, error) the next {@link #syncOnce} simply
 * continues. Thread-safe: one sync runs at a time; a second concurrent call is refused.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /**
     * Push requests' worth of ops read from the outbox at a time: one, read while the request before it is on its
     * way (a read takes less than a request), so that the first request leaves at once.
     */
    private static final int PUSH_AHEAD = 1;
    /** Push requests on their way at once (decision 0049). */
    private static final int PUSH_IN_FLIGHT = 2;

    private final SyncTransport transport;
    private final SyncStore store;
    private final SyncEngineConfig config;
    private final CrashPoints crash;
    private final ReentrantLock running = new ReentrantLock();

    public SyncEngine(SyncTransport transport, SyncStore store, SyncEngineConfig config, CrashPoints crashPoints) {
        this.transport = transport;
        this.store = store;
        this.config = config;
        this.crash = crashPoints;
    }

    /** Counters of one run; confined to the sync thread. */
    private static final class Tally {
        int pushed;
        int applied;
        int duplicates;
        int rejected;
        int conflicts;
        int pulled;
        int pages;
        int blobs;
        final List<PurgeReport> purges = new ArrayList<>();
    }

    /**
     * One complete sync. Throws a {@link SyncException} when it cannot finish; whatever it completed
     * before is kept, and the next call resumes.
     */
    public SyncReport syncOnce(SyncProgressListener progress, CancellationToken cancel) {
        if (!running.tryLock()) {
            throw new IllegalStateException("a sync is already running");
        }
        transport.resetCancellation();
        Runnable abort = transport::cancelAll;
        cancel.onCancel(abort);
        long start = System.nanoTime();
        try {
            Tally t = new Tally();
            cancel.check();
            progress.onProgress(new SyncProgress(SyncPhase.SESSION, 0, 1, "session"));
            Responses.Session session = transport.session();
            crash.reached("session.afterFetch");
            Set<String> current = new TreeSet<>();
            session.scopes().forEach(g -> current.add(g.scope()));
            Set<String> held = new TreeSet<>(current);
            held.addAll(store.borrowedScopes());
            purgeRevoked(held, t, progress, cancel);
            uploadBlobs(t, progress, cancel);
            push(t, progress, cancel);
            store.pullStarting();
            try {
                for (String scope : held) {
                    pull(scope, t, progress, cancel);
                }
            } finally {
                store.pullEnded();
            }
            crash.reached("sync.done");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            progress.onProgress(new SyncProgress(SyncPhase.DONE, 1, 1, "done"));
            LOG.info("Sync done in {} ms: pushed {} (applied {}, duplicate {}, rejected {}, conflict {}), pulled {} in {} pages",
                    elapsed.toMillis(), t.pushed, t.applied, t.duplicates, t.rejected, t.conflicts, t.pulled, t.pages);
            return new SyncReport(t.pushed, t.applied, t.duplicates, t.rejected, t.conflicts, t.pulled, t.pages, t.blobs,
                    t.purges, elapsed);
        } finally {
            cancel.removeOnCancel(abort);
            running.unlock();
        }
    }

    private void purgeRevoked(Set<String> current, Tally t, SyncProgressListener progress, CancellationToken cancel) {
        Set<String> revoked = new TreeSet<>(store.knownScopes());
        revoked.removeAll(current);
        int done = 0;
        for (String scope : revoked) {
            cancel.check();
            progress.onProgress(new SyncProgress(SyncPhase.PURGE, done++, revoked.size(), scope));
            crash.reached("purge.beforeScope");
            PurgeReport report = store.purgeScope(scope);
            crash.reached("purge.afterScope");
            LOG.info("Scope {} revoked: {} records purged, {} pending changes will be reported", scope,
                    report.recordsPurged(), report.pendingOps().size());
            t.purges.add(report);
        }
    }

    private void uploadBlobs(Tally t, SyncProgressListener progress, CancellationToken cancel) {
        List<BlobUpload> blobs = store.pendingBlobUploads();
        int done = 0;
        for (BlobUpload blob : blobs) {
            cancel.check();
            progress.onProgress(new SyncProgress(SyncPhase.UPLOAD, done++, blobs.size(), blob.sha256()));
            String problem = checkLocalBlob(blob);
            if (problem != null) {
                LOG.warn("Attachment {} cannot be uploaded: {}", blob.sha256(), problem);
                store.blobUploadFailed(blob, problem);
                continue;
            }
            crash.reached("blob.beforeStatus");
            BlobStatus status = transport.blobStatus(blob.scope(), blob.sha256());
            crash.reached("blob.afterStatus");
            if (status.state() != BlobStatus.State.COMMITTED) {
                sendChunks(blob, status, cancel);
                crash.reached("blob.beforeCommit");
                transport.commitBlob(blob.scope(), blob.sha256(), blob.size());
                crash.reached("blob.afterCommit");
            }
            store.blobUploaded(blob);
            crash.reached("blob.afterRecord");
            t.blobs++;
        }
    }

    private static String checkLocalBlob(BlobUpload blob) {
        if (!Validation.matches(Validation.SCOPE, blob.scope()) || !Validation.matches(Validation.SHA256, blob.sha256())) {
            return "invalid scope or hash";
        }
        if (blob.size() > Protocol.MAX_BLOB_BYTES) {
            return "file larger than the server accepts";
        }
        // Read once through the workstation's store (which decrypts and authenticates): the size and the hash.
        java.security.MessageDigest md = Hashing.sha256();
        long size = 0;
        try (InputStream in = blob.content().open()) {
            byte[] buf = new byte[256 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                md.update(buf, 0, n);
                size += n;
                if (size > blob.size()) {
                    return "file missing or of another size";
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return "file missing or of another size";
        } catch (IOException e) {
            return "file unreadable";
        }
        if (size != blob.size()) {
            return "file missing or of another size";
        }
        return java.util.HexFormat.of().formatHex(md.digest()).equals(blob.sha256()) ? null : "file content changed";
    }

    private void sendChunks(BlobUpload blob, BlobStatus status, CancellationToken cancel) {
        int chunkSize = Protocol.CHUNK_SIZE;
        int chunks = (int) Math.max(1, (blob.size() + chunkSize - 1) / chunkSize);
        byte[] buffer = new byte[chunkSize];
        try (InputStream in = blob.content().open()) {
            for (int i = 0; i < chunks; i++) {
                int length = in.readNBytes(buffer, 0, chunkSize);
                if (status.state() == BlobStatus.State.PARTIAL && status.size() == blob.size() && status.hasChunk(i)) {
                    continue;
                }
                cancel.check();
                crash.reached("blob.beforeChunk");
                transport.putChunk(blob.scope(), blob.sha256(), blob.size(), i, buffer, length);
                crash.reached("blob.afterChunk");
            }
        } catch (IOException e) {
            throw new SyncException("attachment unreadable while uploading", e);
        }
    }

    /**
     * Pushes the outbox in requests of at most {@code pushBatchOps} ops, reading {@link #PUSH_AHEAD} requests' worth
     * at a time. Up to {@link #PUSH_IN_FLIGHT} requests are on their way at once (each on a thread of its own), and
     * the next is sent before the answers to the previous one are recorded: the server applies a request only once
     * the ops before it are applied, waiting a little for a request that overtook the one before it (decision 0049).
     * A request it refused for that gap anyway (the one before came late, or an older server) is sent again once the
     * one before is answered, and the rest of the sync sends one request at a time. The entries after the last
     * request read are read while requests are on their way, so the network does not wait for the store. An answer
     * not yet recorded when the sync stops is asked for again at the next sync and answered "duplicate" with the first
     * answer.
     */
    private void push(Tally t, SyncProgressListener progress, CancellationToken cancel) {
        long lastFirstOp = -1;
        int inFlightAtMost = PUSH_IN_FLIGHT;
        while (true) {
            cancel.check();
            List<PushOp> pending = store.pendingOps(config.pushBatchOps() * PUSH_AHEAD);
            if (pending.isEmpty()) {
                return;
            }
            if (pending.getFirst().opId() == lastFirstOp) {
                throw new SyncException("the store kept op " + lastFirstOp + " after recording its result");
            }
            lastFirstOp = pending.getFirst().opId();
            ArrayDeque<List<PushOp>> unsent = new ArrayDeque<>(requests(pending));
            ArrayDeque<Sent> inFlight = new ArrayDeque<>();
            long lastRead = pending.getLast().opId();
            try (Ahead ahead = new Ahead(PUSH_IN_FLIGHT)) {
                fill(ahead, unsent, inFlight, inFlightAtMost, t, progress);
                while (!inFlight.isEmpty()) {
                    if (unsent.isEmpty()) {
                        // The last request read is on its way: read what follows it meanwhile.
                        cancel.check();
                        List<PushOp> next = store.pendingOps(lastRead, config.pushBatchOps() * PUSH_AHEAD);
                        if (!next.isEmpty()) {
                            if (next.getFirst().opId() <= lastRead) {
                                throw new SyncException("the store read op " + next.getFirst().opId() + " again after "
                                        + lastRead);
                            }
                            unsent.addAll(requests(next));
                            lastRead = next.getLast().opId();
                        }
                    }
                    fill(ahead, unsent, inFlight, inFlightAtMost, t, progress);
                    Sent sent = inFlight.removeFirst();
                    Responses.Push answer;
                    try {
                        answer = Ahead.await(sent.answer());
                    } catch (SyncServerException e) {
                        if (!sent.overtaking() || !ErrorCode.OP_GAP.code().equals(e.code())) {
                            throw e;
                        }
                        // The request before it was answered (and recorded) since: send it again, one at a time.
                        inFlightAtMost = 1;
                        sent = send(ahead, sent.batch(), false, t, progress);
                        answer = Ahead.await(sent.answer());
                    }
                    List<PushOutcome> outcomes = validatePushAnswer(sent.batch(), answer);
                    fill(ahead, unsent, inFlight, inFlightAtMost, t, progress);
                    store.recordPushResults(outcomes);
                    crash.reached("push.afterAck");
                    count(outcomes, t);
                }
            }
        }
    }

    /** A push request on its way: its ops, its answer to come, and whether another was on its way when it left. */
    private record Sent(List<PushOp> batch, Future<Responses.Push> answer, boolean overtaking) {
    }

    /** Sends requests from {@code unsent} until {@code atMost} are on their way. */
    private void fill(Ahead ahead, ArrayDeque<List<PushOp>> unsent, ArrayDeque<Sent> inFlight, int atMost, Tally t,
            SyncProgressListener progress) {
        while (inFlight.size() < atMost && !unsent.isEmpty()) {
            inFlight.addLast(send(ahead, unsent.removeFirst(), !inFlight.isEmpty(), t, progress));
        }
    }

    /**
     * The pending ops as requests: whole user transactions in each (a request is one transaction on the server, so
     * another device never pulls half of one), except a transaction longer than a request, sent in consecutive ones.
     */
    private List<List<PushOp>> requests(List<PushOp> pending) {
        List<List<PushOp>> out = new ArrayList<>();
        int start = 0;
        while (start < pending.size()) {
            PushBatch batch = new PushBatch(config.pushBatchOps());
            int next = start;
            while (next < pending.size() && batch.offer(pending.get(next))) {
                next++;
            }
            List<PushOp> whole = batch.ops();
            for (int from = 0; from < whole.size(); from += config.pushBatchOps()) {
                out.add(whole.subList(from, Math.min(whole.size(), from + config.pushBatchOps())));
            }
            start += whole.size();
        }
        return out;
    }

    private Sent send(Ahead ahead, List<PushOp> batch, boolean overtaking, Tally t, SyncProgressListener progress) {
        progress.onProgress(new SyncProgress(SyncPhase.PUSH, t.pushed, -1,
                "ops " + batch.getFirst().opId() + "-" + batch.getLast().opId()));
        String device = store.deviceId();
        return new Sent(batch, ahead.submit(() -> {
            ahead.checkRunning();
            crash.reached("push.beforeSend");
            Responses.Push answer = transport.push(new Requests.Push(device, batch));
            crash.reached("push.afterSendBeforeAck");
            return answer;
        }), overtaking);
    }

    private static void count(List<PushOutcome> outcomes, Tally t) {
        for (PushOutcome o : outcomes) {
            t.pushed++;
            if (o.result().status() == OpStatus.DUPLICATE) {
                t.duplicates++;
            }
            switch (o.result().effectiveStatus()) {
                case APPLIED -> t.applied++;
                case REJECTED -> t.rejected++;
                case CONFLICT -> t.conflicts++;
                case DUPLICATE -> throw new IllegalStateException("unreachable");
            }
        }
    }

    private static List<PushOutcome> validatePushAnswer(List<PushOp> batch, Responses.Push answer) {
        List<OpResult> results = answer.results();
        if (results.size() != batch.size()) {
            throw new SyncProtocolException("push answer has " + results.size() + " results for " + batch.size() + " ops");
        }
        List<PushOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PushOp op = batch.get(i);
            OpResult r = results.get(i);
            if (r.opId() != op.opId()) {
                throw new SyncProtocolException("push answer out of order at op " + op.opId());
            }
            if (r.conflict() != null) {
                RecordState server = r.conflict().server();
                if (!server.id().equals(op.entityId()) || !server.scope().equals(op.scope())) {
                    throw new SyncProtocolException("conflict of op " + op.opId() + " names another record");
                }
            }
            outcomes.add(new PushOutcome(op, r));
        }
        return outcomes;
    }

    /** Pages fetched in a row, applied together: their records, the cursor after them, whether more are ready. */
    private record PageSet(List<RecordState> records, String cursor, boolean more, int pages) {
    }

    /**
     * Pulls a scope in page sets. The next set is fetched (on a thread of its own) while the current one is applied,
     * so the network and the server work while the store writes. Only an applied set moves the stored cursor: a
     * crash or failure loses nothing but the pages in flight, which the next sync asks for again.
     */
    private void pull(String scope, Tally t, SyncProgressListener progress, CancellationToken cancel) {
        // Two threads: one fetches a page set, the other the next page of it (decision 0059).
        try (Ahead ahead = new Ahead(2)) {
            String from = store.cursor(scope);
            Future<PageSet> next = ahead.submit(() -> fetchSet(scope, from, cancel, ahead));
            while (true) {
                PageSet set = Ahead.await(next);
                if (set.more()) {
                    next = ahead.submit(() -> fetchSet(scope, set.cursor(), cancel, ahead));
                }
                cancel.check();
                progress.onProgress(new SyncProgress(SyncPhase.PULL, t.pulled, -1, scope));
                crash.reached("pull.beforeApply");
                store.applyPulled(scope, set.records(), set.cursor());
                crash.reached("pull.afterApply");
                t.pulled += set.records().size();
                t.pages += set.pages();
                if (!set.more()) {
                    return;
                }
            }
        }
    }

    /**
     * Fetches a page set. When an answer's headers announce its cursor, the next page of the set is asked for (on the
     * other thread of {@code ahead}) before this one is read, so the server builds it while this thread decodes
     * (decision 0059); the body must then say what the headers did.
     */
    private PageSet fetchSet(String scope, String from, CancellationToken cancel, Ahead ahead) {
        String cursor = from;
        List<RecordState> records = new ArrayList<>();
        boolean more = false;
        int pages = 0;
        Future<PulledPage> asked = null;
        try {
            while (pages < config.maxPagesPerSet()) {
                PulledPage page = asked != null ? Ahead.await(asked) : fetchPage(scope, cursor, cancel, ahead);
                asked = null;
                if (page.announced() && page.announcedMore() && pages + 1 < config.maxPagesPerSet()) {
                    String next = page.announcedCursor();
                    asked = ahead.submit(() -> fetchPage(scope, next, cancel, ahead));
                }
                Responses.Pull answer = page.body().get();
                validatePullAnswer(scope, cursor, answer);
                if (page.announced() && (!answer.cursor().equals(page.announcedCursor())
                        || answer.hasMore() != page.announcedMore())) {
                    throw new SyncProtocolException("pull answer's body and headers name different cursors");
                }
                records.addAll(answer.records());
                pages++;
                more = answer.hasMore();
                cursor = answer.cursor();
                if (!more) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            if (asked != null) {
                asked.cancel(false);
            }
            throw e;
        }
        return new PageSet(records, cursor, more, pages);
    }

    private PulledPage fetchPage(String scope, String cursor, CancellationToken cancel, Ahead ahead) {
        ahead.checkRunning();
        cancel.check();
        crash.reached("pull.beforeFetch");
        PulledPage page = transport.pullPage(scope, cursor, config.pullPageLimit());
        crash.reached("pull.afterPage");
        return page;
    }

    private void validatePullAnswer(String scope, String sentCursor, Responses.Pull answer) {
        if (!answer.scope().equals(scope)) {
            throw new SyncProtocolException("pull answer for another scope");
        }
        if (answer.records().size() > config.pullPageLimit() + Protocol.MAX_OPS_PER_PUSH) {
            throw new SyncProtocolException("pull answer longer than asked for");
        }
        for (RecordState r : answer.records()) {
            if (!r.scope().equals(scope)) {
                throw new SyncProtocolException("pull answer holds a record of another scope");
            }
        }
        if (answer.hasMore() && answer.records().isEmpty() && answer.cursor().equals(sentCursor)) {
            throw new SyncProtocolException("pull answer promises more but does not advance");
        }
    }

    /**
     * Downloads an attachment into {@code target} when it is opened (downloads are lazy), refusing more
     * than the configured maximum and any content whose SHA-256 differs from {@code sha256}.
     */
    public void downloadBlob(String scope, String sha256, Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".download");
        downloadBlob(scope, sha256, part, in -> {
            Path copy = target.resolveSibling(target.getFileName() + ".copy");
            try {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(copy, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(copy);
            }
        });
    }

    /**
     * Downloads an attachment when it is opened (downloads are lazy) into the work file {@code work} (a cut download
     * is resumed from it), verifies it, then hands it to {@code into} and removes the work file. Refuses more than
     * the configured maximum and any content whose SHA-256 differs from {@code sha256}.
     */
    public void downloadBlob(String scope, String sha256, Path work, BlobSink into) {
        Validation.require(Validation.SHA256, sha256, "sha256");
        try {
            transport.downloadBlob(scope, sha256, work, config.maxDownloadBytes());
            crash.reached("download.afterFetch");
            if (!Hashing.sha256Hex(work).equals(sha256)) {
                throw new SyncProtocolException("downloaded attachment does not match its hash");
            }
            crash.reached("download.afterVerify");
            try (InputStream in = Files.newInputStream(work)) {
                into.accept(in);
            }
        } catch (IOException e) {
            throw new SyncException("attachment could not be saved", e);
        } finally {
            try {
                Files.deleteIfExists(work);
            } catch (IOException ignored) {
                // Left-over download: overwritten next time.
            }
        }
    }
}
