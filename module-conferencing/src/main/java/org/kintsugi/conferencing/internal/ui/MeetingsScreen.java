package org.kintsugi.conferencing.internal.ui;

import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;

/** In the navigation: meetings in the next fortnight (all in scope, or one's own) and preparation overdue. */
@Component(service = ModuleScreen.class)
public class MeetingsScreen extends MeetingScreens {
    @Override
    public String id() {
        return "meetings";
    }

    @Override
    public String labelKey() {
        return "conferencing.worklist";
    }

    @Override
    public String entryPoint() {
        return "meetings.js";
    }

    @Override
    public Placement placement() {
        return Placement.NAVIGATION;
    }

    @Override
    public int order() {
        return 30;
    }
}
