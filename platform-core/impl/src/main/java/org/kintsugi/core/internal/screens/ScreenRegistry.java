package org.kintsugi.core.internal.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The screens modules announce, as they come and go. One that describes itself badly is refused whole. */
@Component(service = ScreenRegistry.class)
public class ScreenRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** A relative path of plain segments ending in .js: nothing that climbs out of the module's folder. */
    private static final Pattern ENTRY = Pattern.compile("([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\\.js");

    private final List<ModuleScreen> screens = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ModuleScreen screen) {
        String problem = problemWith(screen);
        if (problem != null) {
            LOG.error("Ignoring the screen {}: {}", screen.getClass().getName(), problem);
            return;
        }
        screens.add(screen);
    }

    void remove(ModuleScreen screen) {
        screens.remove(screen);
    }

    public List<ModuleScreen> all() {
        return new ArrayList<>(screens);
    }

    static String problemWith(ModuleScreen screen) {
        if (screen.moduleId() == null || !ID.matcher(screen.moduleId()).matches()
                || screen.id() == null || !ID.matcher(screen.id()).matches()) {
            return "its module id and id must be lower-case letters, digits and hyphens";
        }
        if (screen.entryPoint() == null || !ENTRY.matcher(screen.entryPoint()).matches()
                || screen.entryPoint().contains("..")) {
            return "its entry point must be a .js path inside the module's own folder";
        }
        if (screen.labelKey() == null || screen.labelKey().isBlank() || screen.placement() == null
                || screen.roles() == null || screen.roles().isEmpty()) {
            return "it needs a label key, a placement and at least one role";
        }
        return null;
    }
}
