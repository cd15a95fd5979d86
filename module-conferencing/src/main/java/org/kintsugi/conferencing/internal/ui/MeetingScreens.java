package org.kintsugi.conferencing.internal.ui;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.ui.ModuleScreen;
import org.kintsugi.conferencing.internal.Conferencing;

/** The module's screens as the shell lists them: who sees them, where, in which order. */
abstract class MeetingScreens implements ModuleScreen {
    static final Set<Role> CASE_WORKERS = EnumSet.of(Role.PRACTITIONER, Role.CASE_SUPERVISOR, Role.COORDINATOR,
            Role.HUB_ADMIN);

    @Override
    public String moduleId() {
        return Conferencing.ID;
    }

    @Override
    public Set<Role> roles() {
        return CASE_WORKERS;
    }
}
