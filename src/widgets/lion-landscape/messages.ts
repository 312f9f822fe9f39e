/** The landscape widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel: (step: number) => `Contour plot of the objective with the path of each optimizer up to step ${step}; click to move the start`,
    /** `{dx}` and `{dy}` are the two partial derivatives as code. */
    gradient: (grid: number) => `Exact gradient, derived symbolically: ∂f/∂x = {dx}, ∂f/∂y = {dy}. f* is the lowest value of f on the ${grid} × ${grid} grid.`,
    pathHover: (label: string) => `${label}, step %{customdata}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`,
    divergedAt: (label: string, step: number | null) => `${label} diverged at step ${step}`,
    atStep: (label: string, step: number) => `${label} at step ${step}`,
    currentStep: 'current step',
    diverged: 'diverged',
    lionBox: 'Lion’s box |θᵢ| ≤ 1/λ',
    startAndMinima: 'start and minima',
    start: 'start',
    minimum: 'minimum',
    runAt: (step: number, at: string, gap: string) => `step ${step}: at ${at}, f − f* = ${gap}`,
  },
  {
    plotLabel: (step) => `目标函数的等高线图，以及各优化器直到第 ${step} 步的路径；点击图可移动起点`,
    gradient: (grid) => `符号求导得到的精确梯度：∂f/∂x = {dx}，∂f/∂y = {dy}。f* 取 f 在 ${grid} × ${grid} 网格上的最小值。`,
    pathHover: (label) => `${label}，第 %{customdata} 步<br>(%{x:.4g}, %{y:.4g})<extra></extra>`,
    divergedAt: (label, step) => `${label} 在第 ${step} 步发散`,
    atStep: (label, step) => `${label} 第 ${step} 步`,
    currentStep: '当前步',
    diverged: '已发散',
    lionBox: 'Lion 的盒子 |θᵢ| ≤ 1/λ',
    startAndMinima: '起点与极小值点',
    start: '起点',
    minimum: '极小值点',
    runAt: (step, at, gap) => `第 ${step} 步：位于 ${at}，f − f* = ${gap}`,
  },
);
