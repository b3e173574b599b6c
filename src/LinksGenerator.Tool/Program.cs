// Placeholder until the ghl-links issue lands; replaced by the real command line.
return 2;
