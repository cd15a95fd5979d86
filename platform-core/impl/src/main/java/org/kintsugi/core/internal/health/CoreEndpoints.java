package org.kintsugi.core.internal.health;

import java.util.Arrays;
import java.util.List;

import org.kintsugi.core.internal.rest.server.ApiPublisher;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether every endpoint the core declares is published yet. Health must not say UP while, say,
 * login still answers 404 because its component has not started: a load balancer would send users
 * to a node that cannot serve them.
 */
final class CoreEndpoints {
    private CoreEndpoints() {
    }

    /**
     * The core's endpoint components not yet published; zero when the API is complete. Asked of the DS
     * runtime on every call on purpose: read once while the bundle's components were still being
     * enabled, the count came out short and health said UP too early.
     */
    static long missing(ServiceComponentRuntime runtime, BundleContext context, ApiPublisher publisher) {
        Bundle core = context.getBundle();
        long declared = runtime.getComponentDescriptionDTOs(core).stream().filter(CoreEndpoints::providesEndpoint)
                .filter(description -> runtime.isComponentEnabled(description)).count();
        List<Object> published = publisher.publishedResources().getOrDefault(ApiResource.CORE, List.of());
        return Math.max(0, declared - published.size());
    }

    private static boolean providesEndpoint(ComponentDescriptionDTO description) {
        return Arrays.asList(description.serviceInterfaces).contains(ApiResource.class.getName())
                && ApiResource.CORE.equals(String.valueOf(description.properties.get(ApiResource.MODULE)));
    }
}
