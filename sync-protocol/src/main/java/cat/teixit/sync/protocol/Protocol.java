package cat.teixit.sync.protocol;

/**
 * Constants of the sync protocol shared by client and server: version, headers and limits
 * (see docs/sync-protocol.md). Immutable.
 */
public final class Protocol {

    /** The protocol version this code speaks; a server answers 426 to any other. */
    public static final int VERSION = 1;
    /** The oldest client data schema the server still accepts. */
    public static final int MIN_SCHEMA = 1;

    public static final String API = "/api/v1";
    public static final String HEADER_PROTOCOL = "Teixit-Protocol";
    public static final String HEADER_SCHEMA = "Teixit-Schema";
    public static final String HEADER_BLOB_STATE = "Teixit-Blob-State";
    public static final String HEADER_BLOB_SIZE = "Teixit-Blob-Size";
    public static final String HEADER_BLOB_CHUNKS = "Teixit-Blob-Chunks";
    public static final String HEADER_CHUNK_SHA256 = "Teixit-Chunk-Sha256";
    /** RFC 9530: the SHA-256 of a request's or an answer's body, so that bytes altered in transit are told. */
    public static final String HEADER_CONTENT_DIGEST = "Content-Digest";

    public static final int MAX_OPS_PER_PUSH = 500;
    public static final int MAX_FIELDS_PER_OP = 200;
    /** Largest serialised {@code fields} object of one op. */
    public static final int MAX_OP_FIELDS_BYTES = 64 * 1024;
    /** Largest JSON request body the server reads. */
    public static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    /** Largest JSON answer the client reads (a full pull page of large records fits). */
    public static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
    public static final int DEFAULT_PULL_LIMIT = 500;
    public static final int MAX_PULL_LIMIT = 1000;
    public static final int CHUNK_SIZE = 1024 * 1024;
    public static final long MAX_BLOB_BYTES = 256L * 1024 * 1024;

    private Protocol() {
    }
}
