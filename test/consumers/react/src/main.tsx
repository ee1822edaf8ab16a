import type {} from 'binome/react';
import 'binome/widgets/partner-card';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Card() {
  return (
    <pp-partner-card
      src="data/partenaires.json"
      partner-id="pp-037"
      heading-level={2}
      onpp-load={(event) => {
        // The detail is typed from the @fires JSDoc through the generated JSX typings.
        document.documentElement.dataset.loaded = `${event.detail.id}:${event.detail.shown}`;
      }}
    />
  );
}

// @ts-expect-error — partner-id is a string.
export const wrong = <pp-partner-card partner-id={37} />;
// @ts-expect-error — variant is 'full' or 'compact'.
export const wrongVariant = <pp-partner-card variant="huge" />;

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Card />
    </StrictMode>,
  );
