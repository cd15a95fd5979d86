package org.kintsugi.core.internal.rest;

import java.util.regex.Pattern;

import org.kintsugi.core.spi.rest.ApiResource;

/** Where each module's resources live under {@code /api}. */
public final class ApiPaths {
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    private ApiPaths() {
    }

    /** {@code /} for the core, {@code /modules/<id>} for a module. */
    public static String base(String module) {
        if (ApiResource.CORE.equals(module)) {
            return "/";
        }
        if (!MODULE_ID.matcher(module).matches()) {
            throw new IllegalArgumentException("Module id must be lower-case letters, digits and hyphens: " + module);
        }
        return "/modules/" + module;
    }
}
