package org.kintsugi.letterexchange.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the module's screens (ES modules and message files) at {@code /ui/letter-exchange/}. */
@Component(service = LetterScreenFiles.class, immediate = true)
@HttpWhiteboardResource(pattern = "/ui/letter-exchange/*", prefix = "/ui/letter-exchange")
public class LetterScreenFiles {
}
