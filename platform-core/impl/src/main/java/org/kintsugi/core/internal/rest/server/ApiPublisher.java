package org.kintsugi.core.internal.rest.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every {@link ApiResource} service: one CXF server per module, each with a fresh set of
 * the core's pipeline providers. A module coming or going rebuilds only its own server, so requests
 * to the core and to other modules never see a gap.
 */
@Component(service = ApiPublisher.class, immediate = true)
public class ApiPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ApiPublisher.class);

    @Reference
    private ApiBus apiBus;
    @Reference
    private ApiPipeline pipeline;
    private final Map<String, Map<Long, ApiResource>> resourcesByModule = new TreeMap<>();
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private boolean active;

    @Activate
    synchronized void activate() {
        active = true;
        resourcesByModule.keySet().forEach(this::rebuild);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addResource(ApiResource resource, Map<String, Object> props) {
        String module = moduleOf(props);
        resourcesByModule.computeIfAbsent(module, m -> new TreeMap<>()).put(serviceId(props), resource);
        rebuild(module);
    }

    synchronized void removeResource(ApiResource resource, Map<String, Object> props) {
        String module = moduleOf(props);
        Map<Long, ApiResource> resources = resourcesByModule.get(module);
        if (resources != null) {
            resources.remove(serviceId(props));
            if (resources.isEmpty()) {
                resourcesByModule.remove(module);
            }
        }
        rebuild(module);
    }

    /** The resource objects currently published, by module: what the OpenAPI document describes. */
    public synchronized Map<String, List<Object>> publishedResources() {
        Map<String, List<Object>> copy = new TreeMap<>();
        resourcesByModule.forEach((module, resources) -> copy.put(module, new ArrayList<>(resources.values())));
        return copy;
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        servers.values().forEach(Server::destroy);
        servers.clear();
    }

    private void rebuild(String module) {
        if (!active) {
            return;
        }
        Map<Long, ApiResource> resources = resourcesByModule.get(module);
        // CXF allows one server per address, so the old one goes first: only this module's own
        // endpoints blink for the few milliseconds of the swap; every other server is untouched.
        Server previous = servers.remove(module);
        if (previous != null) {
            previous.destroy();
        }
        if (resources != null) {
            servers.put(module, create(module, new ArrayList<>(resources.values())));
        }
        LOG.info("API for {} now at /api{} with {} resource(s)", module, ApiPaths.base(module),
                resources == null ? 0 : resources.size());
    }

    private Server create(String module, List<Object> resources) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(apiBus.bus());
        factory.setAddress(ApiPaths.base(module));
        factory.setServiceBeans(resources);
        factory.setProviders(pipeline.newProviders(module));
        factory.setStart(true);
        return factory.create();
    }

    private static String moduleOf(Map<String, Object> props) {
        Object module = props.get(ApiResource.MODULE);
        return module == null ? ApiResource.CORE : module.toString();
    }

    private static long serviceId(Map<String, Object> props) {
        return (Long) props.get("service.id");
    }
}
