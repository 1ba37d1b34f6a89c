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
    /**
     * On a pull answer: its cursor and whether more follows, as its body says them, so that a client can ask for the
     * next page before it has read this one (docs/decisions/0059-pull-cursor-in-headers.md). A client checks them
     * against the body, and pulls one page after the other when they are absent.
     */
    public static final String HEADER_PULL_CURSOR = "Teixit-Pull-Cursor";
    public static final String HEADER_PULL_MORE = "Teixit-Pull-More";
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
    /** Largest JSON nesting the strict mapper reads (answers and requests alike). */
    public static final int MAX_JSON_DEPTH = 64;
    /** Longest number the strict mapper reads, in characters. */
    public static final int MAX_NUMBER_CHARS = 40;
    /**
     * Deepest field value the server stores (an array or object is one level, a scalar none): a conflict
     * answer wraps a value in 6 more levels and must stay within {@link #MAX_JSON_DEPTH}.
     */
    public static final int MAX_VALUE_DEPTH = 32;
    /** Largest record (its fields, serialised) the server keeps: a change that would make it larger is refused. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;
    /** A pull page stops adding records once it holds this many bytes, well below {@link #MAX_RESPONSE_BYTES}. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
    /** How far ahead of the server's clock an op's HLC may be. */
    public static final long MAX_HLC_AHEAD_MILLIS = 5 * 60 * 1000L;
    /** A partial upload untouched for this long is discarded. */
    public static final long PARTIAL_UPLOAD_TTL_MILLIS = 24 * 60 * 60 * 1000L;

    private Protocol() {
    }
}
