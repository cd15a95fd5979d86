package org.kintsugi.core.internal.modules;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The service modules installed in this runtime right now, by id. */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {
    private final Map<String, RestorativeService> installed = new TreeMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void add(RestorativeService module) {
        installed.put(module.id(), module);
    }

    synchronized void remove(RestorativeService module) {
        installed.remove(module.id(), module);
    }

    public synchronized Map<String, RestorativeService> installed() {
        return new TreeMap<>(installed);
    }

    public synchronized Optional<RestorativeService> find(String id) {
        return Optional.ofNullable(installed.get(id));
    }
}
