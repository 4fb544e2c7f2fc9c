let context: AudioContext | null = null;

/** A short, soft two-tone chime through WebAudio; silent where the browser has no audio. */
export function playBeep(): void {
  try {
    context ??= new AudioContext();
    const audio = context;
    void audio.resume();
    [0, 0.25].forEach((offset, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const start = audio.currentTime + offset;
      oscillator.frequency.value = i === 0 ? 880 : 660;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.22);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.25);
    });
  } catch {
    // No audio output available: the visual cue and the announcement still tell the time is up.
  }
}
