package org.kintsugi.core.internal.modules;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service modules installed in this runtime right now, by id. */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final Map<String, RestorativeService> installed = new TreeMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void add(RestorativeService module) {
        String problem = problemWith(module);
        if (problem != null) {
            LOG.error("Ignoring the service module {}: {}", module.getClass().getName(), problem);
            return;
        }
        installed.put(module.id(), module);
    }

    /** A module that describes itself badly is refused whole, rather than half-working on some screens. */
    static String problemWith(RestorativeService module) {
        if (module.id() == null || !ID.matcher(module.id()).matches()) {
            return "its id must be lower-case letters, digits and hyphens, starting with a letter";
        }
        if (module.displayName() == null || module.displayName().isBlank()) {
            return "it has no display name";
        }
        if (module.participantRoles() == null || module.participantRoles().isEmpty() || module.contactKinds() == null) {
            return "it must name the participant roles it accepts and the contact kinds it delivers (maybe none)";
        }
        return null;
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
