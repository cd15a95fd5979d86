package org.kintsugi.core.internal.db;

/** Present in the service registry once the core's schema is current. Reference it to wait for that. */
public final class CoreSchemaReady {
}
