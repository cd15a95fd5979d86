package org.kintsugi.core.spi.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks a JAX-RS resource object (a class with {@code @Path}) for publication by the core.
 * Every method needs an authenticated caller unless it carries
 * {@code javax.annotation.security.PermitAll}, which only the core uses (login, health).
 */
@ConsumerType
public interface ApiResource {
    /** Service property naming the module that owns the resource: its path segment under {@code /api/modules/}. */
    String MODULE = "kintsugi.api.module";

    /** The value of {@link #MODULE} for the core's own resources, served directly under {@code /api/}. */
    String CORE = "core";
}
