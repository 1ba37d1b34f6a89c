package cat.teixit.server.sync;

/**
 * The pull window a first design would use: every change after the cursor's sequence number, nothing held back
 * for transactions still running. Only for {@link CursorGapTest}, to prove that it loses changes (so that test
 * can fail). Immutable.
 */
final class NaiveWindow implements PullService.Window {

    @Override
    public String condition() {
        // The cursor's xid is bound but ignored: only the sequence number counts.
        return "c.seq > 0 * ? + ?";
    }

    @Override
    public boolean endsOnTransactions() {
        return false;
    }

    @Override
    public String cursorAfter(long xid, long seq) {
        return "0." + seq;
    }
}
