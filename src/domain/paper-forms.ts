/** The most vurderingsskemaer one download prints: a large department, with some to spare. */
export const MAX_SKEMA_COPIES = 200;
