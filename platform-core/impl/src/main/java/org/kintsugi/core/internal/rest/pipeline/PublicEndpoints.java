package org.kintsugi.core.internal.rest.pipeline;

import java.lang.reflect.Method;

import javax.annotation.security.PermitAll;
import javax.ws.rs.container.ResourceInfo;

/**
 * An endpoint is public only when its method says so with {@link PermitAll}. Everything else,
 * including anything a module adds, needs an authenticated caller: the safe default.
 */
public final class PublicEndpoints {
    private PublicEndpoints() {
    }

    public static boolean isPublic(ResourceInfo info) {
        Method method = info == null ? null : info.getResourceMethod();
        return method != null && method.isAnnotationPresent(PermitAll.class);
    }

    /** True when a resource method was matched (unknown paths have none). */
    public static boolean matched(ResourceInfo info) {
        return info != null && info.getResourceMethod() != null;
    }
}
