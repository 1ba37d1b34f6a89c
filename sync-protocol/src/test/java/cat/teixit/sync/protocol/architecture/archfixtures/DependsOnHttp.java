package cat.teixit.sync.protocol.architecture.archfixtures;

import java.net.http.HttpRequest;

/** A protocol class that depends on an HTTP framework, on purpose: only ArchitectureTest reads it. */
public final class DependsOnHttp {

    HttpRequest request;
}
