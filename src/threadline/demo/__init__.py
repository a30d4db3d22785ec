"""The bundled demo corpus: one real news article and tip reports, loaded by `threadline demo`."""
