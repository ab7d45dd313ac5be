// The kling step's form as Kaoto draws it: Kaoto's form component (@kaoto/forms) on the schema and values that
// load-with-kaoto.cjs got from Kaoto's own code, on the "Modified" tab (the values set), as in Kaoto's side panel.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CanvasFormTabsContext, KaotoForm } from '@kaoto/forms';
import '@patternfly/patternfly/patternfly.css';

function KlingStepForm() {
  const { schema, definition } = window.KLING_FORM;
  const [model, setModel] = useState(definition);
  const [selectedTab, setSelectedTab] = useState('Modified');
  return (
    <div style={{ width: 560, padding: 16 }}>
      <h2 className="pf-v6-c-title pf-m-lg" style={{ marginBottom: 12 }}>To: Kling AI (kling:text2video)</h2>
      <CanvasFormTabsContext.Provider value={{ selectedTab, setSelectedTab }}>
        <KaotoForm schema={schema} model={model} onChange={setModel} />
      </CanvasFormTabsContext.Provider>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<KlingStepForm />);
