import '../../ui/status-box.css';
import './load-status.css';
import { Component, type ReactNode } from 'react';

interface ArticleErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches an error while rendering the article (a bug, or data nobody foresaw), so the
 * rest of the page (header, search, settings) keeps working; offers to try again.
 * React itself reports the caught error to the console.
 */
export class ArticleErrorBoundary extends Component<{ children: ReactNode }, ArticleErrorBoundaryState> {
  override state: ArticleErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ArticleErrorBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="status-box failure-alert load-status" role="alert" data-load-failure="render">
        <p className="failure-alert-title">Не удалось показать статью</p>
        <p className="failure-alert-detail">
          При отображении статьи произошла ошибка. Остальная страница работает.
        </p>
        <button
          type="button"
          className="failure-alert-action"
          onClick={() => this.setState({ failed: false })}
        >
          Повторить
        </button>
      </div>
    );
  }
}
