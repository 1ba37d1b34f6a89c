package cat.teixit.sync.client.testing;

/** Well-formed server answers for tests that serve the protocol by hand ({@link RawHttpServer}). Immutable. */
public final class CannedAnswers {

    /** A login answer whose tokens stay valid for an hour (the refresh token two). */
    public static final String TOKENS = "{\"accessToken\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"accessExpiresAt\":"
            + (System.currentTimeMillis() + 3_600_000) + ",\"refreshToken\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\","
            + "\"refreshExpiresAt\":" + (System.currentTimeMillis() + 7_200_000) + "}";
    /** laia's session holding GIR-N, as an older server answers it (no team names, no colleagues). */
    public static final String SESSION = "{\"username\":\"laia\",\"displayName\":\"L\",\"team\":\"GIR-N\",\"roles\":[],"
            + "\"scopes\":[{\"scope\":\"GIR-N\",\"write\":true}],\"chunkSize\":1048576,\"maxOpsPerPush\":500}";

    private CannedAnswers() {
    }
}
