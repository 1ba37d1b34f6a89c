package cat.teixit.sync.client;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The network side of a sync running ahead of the store: the next push requests or pull page set, each on a thread
 * of its own, while the sync thread records the previous one. Closing it waits for the steps in flight, so nothing of
 * a sync touches the transport once the sync has ended; a step not yet started when it closes does not start. Used
 * by one sync thread.
 */
final class Ahead implements AutoCloseable {

    private final ExecutorService executor;
    private volatile boolean closed;

    /** One step ahead at a time. */
    Ahead() {
        this(1);
    }

    /** Up to {@code steps} steps at once, each on a thread of its own (they start in the order submitted). */
    Ahead(int steps) {
        executor = Executors.newFixedThreadPool(steps, r -> {
            Thread thread = new Thread(r, "teixit-sync-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Callable<T> step) {
        return executor.submit(step);
    }

    /** Called by a step before each request: after the sync has stopped, it stops too. */
    void checkRunning() {
        if (closed) {
            throw new SyncCancelledException();
        }
    }

    /** The step's result, or its failure as the sync thread would have thrown it. */
    static <T> T await(Future<T> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new SyncException("sync step failed", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
