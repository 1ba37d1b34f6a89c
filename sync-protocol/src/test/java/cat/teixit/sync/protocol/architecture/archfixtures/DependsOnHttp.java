package cat.teixit.sync.protocol.architecture.archfixtures;

import java.net.http.HttpRequest;

/** A protocol class using an HTTP framework, on purpose; read only by ArchitectureTest. */
public final class DependsOnHttp {

    HttpRequest request;
}
