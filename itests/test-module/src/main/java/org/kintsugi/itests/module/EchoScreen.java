package org.kintsugi.itests.module;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;

/** The test module's one screen, announced to the shell. */
@Component(service = ModuleScreen.class)
public class EchoScreen implements ModuleScreen {
    @Override
    public String moduleId() {
        return EchoService.ID;
    }

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String labelKey() {
        return "itEcho.screen.title";
    }

    @Override
    public String entryPoint() {
        return "echo/screen.js";
    }

    @Override
    public Placement placement() {
        return Placement.NAVIGATION;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.COORDINATOR, Role.HUB_ADMIN, Role.NATIONAL_ADMIN);
    }
}
