/**
 * The region's venue register, for modules whose work happens in a room: a meeting books a venue through
 * {@link org.kintsugi.core.spi.venues.VenueBookings} inside the transaction that schedules it, and releases the
 * booking in the transaction that cancels or postpones it. The core keeps the register (hub staff manage it),
 * refuses a venue whose safety check will have run out by the meeting, and never books a room twice for
 * overlapping times: of two racing bookings one wins, the other is refused (409).
 */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.venues;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
