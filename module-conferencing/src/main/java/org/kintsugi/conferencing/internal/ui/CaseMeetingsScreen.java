package org.kintsugi.conferencing.internal.ui;

import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Component;

/** A tab on the case page: its meetings, planning one, preparation, the gate's answer, scheduling, the record. */
@Component(service = ModuleScreen.class)
public class CaseMeetingsScreen extends MeetingScreens {
    @Override
    public String id() {
        return "case-meetings";
    }

    @Override
    public String labelKey() {
        return "conferencing.caseTab";
    }

    @Override
    public String entryPoint() {
        return "case-meetings.js";
    }

    @Override
    public Placement placement() {
        return Placement.CASE;
    }

    @Override
    public int order() {
        return 40;
    }
}
