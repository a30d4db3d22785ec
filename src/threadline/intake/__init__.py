"""Accept reports from every channel and format, store their raw bytes once, queue their processing."""
