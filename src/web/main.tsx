import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './lib/i18n'
import './app/styles/tokens.css'
import './app/styles/base.css'
import './app/styles/components.css'
import './app/styles/layout.css'
import './app/styles/pages.css'
import { App } from './app/app'

const container = document.getElementById('root')
if (!container) throw new Error('Rebond: the #root element is missing from index.html')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
