package cat.teixit.server.architecture.archfixtures;

import cat.teixit.sync.client.CancellationToken;

/** A server class that uses the client library, on purpose; read only by ArchitectureTest. */
public final class UsesTheClientLibrary {

    CancellationToken token;
}
