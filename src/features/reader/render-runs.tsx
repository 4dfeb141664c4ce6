import { Fragment, type ReactNode } from 'react';
import { displayText } from '../../ui/display-text.ts';
import type { MarkRun, Run, RunMark, RunPoint } from './build-runs.ts';

/** How one layer's mark and one kind of point look; supplied by the features that own them. */
export interface RunRenderers<M extends RunMark, P extends RunPoint> {
  mark: (run: MarkRun<M, P>, children: ReactNode) => ReactNode;
  point: (point: P) => ReactNode;
}

/** Renders a run tree: text as text, marks and points through the given renderers. */
export function RenderRuns<M extends RunMark, P extends RunPoint>({
  text,
  runs,
  renderers,
}: {
  text: string;
  runs: readonly Run<M, P>[];
  renderers: RunRenderers<M, P>;
}): ReactNode {
  return runs.map((run) => {
    if (run.kind === 'text') return displayText(text.slice(run.start, run.end));
    if (run.kind === 'point')
      return <Fragment key={`p:${run.point.key}`}>{renderers.point(run.point)}</Fragment>;
    return (
      <Fragment key={`${run.mark.layer}:${run.mark.key}:${run.piece}`}>
        {renderers.mark(run, <RenderRuns text={text} runs={run.children} renderers={renderers} />)}
      </Fragment>
    );
  });
}
