import { useEffect, useRef } from 'react';

/**
 * A thin bar along the top showing how much of the article is behind the reader. It
 * writes to the DOM on animation frames instead of re-rendering React on every scroll.
 */
export function ReadingProgress({ target }: { target: string }) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const article = document.querySelector(target);
      const el = bar.current;
      if (!article || !el) return;
      const rect = article.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const done = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      el.style.transform = `scaleX(${done})`;
      el.parentElement?.setAttribute('aria-valuenow', String(Math.round(done * 100)));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [target]);

  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Прочитано"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
    >
      <div ref={bar} className="reading-progress-bar" />
    </div>
  );
}
