// Booting a real Strapi and probing its whole schema takes longer than Jest's 5 s default.
jest.setTimeout(180_000);
