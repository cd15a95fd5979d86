package org.kintsugi.conferencing.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the module's screens (ES modules and message files) at {@code /ui/conferencing/}. */
@Component(service = ScreenFiles.class, immediate = true)
@HttpWhiteboardResource(pattern = "/ui/conferencing/*", prefix = "/ui/conferencing")
public class ScreenFiles {
}
